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

  /**
   * Shows the newest updates and, for a page that advertises feeds, a button per feed that puts its
   * URL in the form ({@code useFeed}).
   */
  void show(
      SourceManager.ProbeResult probe,
      ZoneId zone,
      java.util.function.Consumer<java.net.URI> useFeed) {
    getChildren().clear();
    if (!probe.feeds().isEmpty()) {
      Label says =
          new Label(
              "This is a web page. It advertises "
                  + (probe.feeds().size() == 1 ? "a feed" : probe.feeds().size() + " feeds")
                  + (probe.ok() ? "; the updates below come from the first:" : ":"));
      says.setWrapText(true);
      getChildren().add(says);
      for (org.wirewatch.format.FeedLink feed : probe.feeds()) {
        javafx.scene.control.Button use =
            new javafx.scene.control.Button(
                "Use "
                    + feed.describe().replace("the page's ", "the ")
                    + (feed.title() == null ? "" : ": " + feed.title()));
        use.getStyleClass().add("feed-choice");
        use.setTooltip(new javafx.scene.control.Tooltip(feed.url().toString()));
        use.setOnAction(e -> useFeed.accept(feed.url()));
        getChildren().add(use);
      }
    }
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
