package org.wirewatch.ui.sources;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.wirewatch.model.LiveUpdate;

/** What a test fetch found: the newest updates with time, headline and credit, to check by eye. */
final class ProbeView extends VBox {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm");

  ProbeView() {
    super(4);
    setId("test-result");
  }

  /** "Found 12 updates. Newest:", or that the document holds none. */
  static String summary(SourceManager.ProbeResult probe) {
    return probe.count() == 0
        ? "The document was read but holds no updates."
        : "Found " + probe.count() + (probe.count() == 1 ? " update." : " updates.") + " Newest:";
  }

  void show(SourceManager.ProbeResult probe, ZoneId zone) {
    getChildren().clear();
    for (LiveUpdate u : probe.firstThree()) {
      String credit = u.author() == null ? "" : "  · " + u.author();
      Label row =
          new Label(
              WHEN.format(u.published().atZoneSameInstant(zone)) + "  " + u.headline() + credit);
      row.setWrapText(true);
      getChildren().add(row);
    }
  }
}
