package org.wirewatch.ui.wall;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.WindowModel;

/**
 * Every source's health in words along the wall's bottom, and the red line at its top when no
 * source answers at all.
 */
final class HealthLines {
  private final FlowPane lines = new FlowPane();
  private final Label allFailing = new Label();
  private List<Line> shown = List.of();

  private record Line(String text, String style) {}

  HealthLines() {
    lines.getStyleClass().add("wall-health");
    allFailing.getStyleClass().add("wall-all-failing");
    allFailing.setWrapText(true);
    allFailing.setVisible(false);
    allFailing.setManaged(false);
  }

  FlowPane lines() {
    return lines;
  }

  Label allFailing() {
    return allFailing;
  }

  /**
   * Rebuilds the lines only when one reads differently: an unchanged scene costs no repaint (see
   * {@link ClockRow#render}).
   */
  void render(WindowModel model, Instant now, DisplayTime dt) {
    List<Line> wanted = new ArrayList<>();
    for (SourceConfig s : model.sources()) {
      SourceStatus st = statusOf(model.statuses(), s);
      wanted.add(
          new Line(
              SourceHealth.line(s.name(), st, now, dt),
              SourceHealth.troubled(st, now) ? "wall-source-troubled" : "wall-source"));
    }
    if (!wanted.equals(shown)) {
      shown = List.copyOf(wanted);
      List<Node> out = new ArrayList<>();
      for (Line line : wanted) {
        Label l = new Label(line.text());
        l.getStyleClass().add(line.style());
        out.add(l);
      }
      lines.getChildren().setAll(out);
    }
    boolean failing = SourceHealth.allFailing(model.statuses());
    allFailing.setVisible(failing);
    allFailing.setManaged(failing);
    if (failing) {
      allFailing.setText(SourceHealth.noneAnswering(model.entries(), now, dt));
    }
  }

  List<String> shown() {
    return lines.getChildren().stream().map(n -> ((Label) n).getText()).toList();
  }

  String allFailingText() {
    return allFailing.isVisible() ? allFailing.getText() : null;
  }

  private static SourceStatus statusOf(List<SourceStatus> statuses, SourceConfig s) {
    for (SourceStatus st : statuses) {
      if (st.source().equals(s.id())) {
        return st;
      }
    }
    return null;
  }
}
