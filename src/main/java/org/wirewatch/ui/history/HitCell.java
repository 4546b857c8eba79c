package org.wirewatch.ui.history;

import java.time.Instant;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.ui.DisplayTime;

/** One history match in the results list, marked when edited or withdrawn. */
final class HitCell extends ListCell<HistoryPort.Hit> {
  private final Supplier<DisplayTime> displayTime;

  HitCell(Supplier<DisplayTime> displayTime) {
    this.displayTime = displayTime;
  }

  /** "18:07 IST, 7 Aug 2025 · Rediff live — headline", marked when edited or withdrawn. */
  static String describe(HistoryPort.Hit hit, DisplayTime dt) {
    LiveUpdate u = hit.entry().update();
    Instant at = u.publishedInstant();
    StringBuilder b =
        new StringBuilder(dt.clock(at)).append(", ").append(dt.date(at)).append(" · ");
    b.append(hit.sourceName()).append(" — ").append(u.headline());
    if (hit.entry().withdrawn()) {
      b.append("  [withdrawn]");
    } else if (hit.entry().edited()) {
      b.append("  [edited]");
    }
    return b.toString();
  }

  @Override
  protected void updateItem(HistoryPort.Hit hit, boolean empty) {
    super.updateItem(hit, empty);
    getStyleClass().removeAll("withdrawn", "edited");
    if (empty || hit == null) {
      setText(null);
      return;
    }
    setText(describe(hit, displayTime.get()));
    setWrapText(true);
    if (hit.entry().withdrawn()) {
      getStyleClass().add("withdrawn");
    } else if (hit.entry().edited()) {
      getStyleClass().add("edited");
    }
  }
}
