package org.wirewatch.ui.sources;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.model.SourceId;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourceSpec;

/** The fields of one source; turns them into a {@link SourceConfig} or says what is wrong. */
final class SourceForm {
  static final String AUTO = "auto";

  final TextField name = new TextField();
  final TextField url = new TextField();
  final TextField push = new TextField();
  // Kept as shown: the form edits the stream's URL, not its field map or filter.
  private org.wirewatch.source.PushSettings shownPush;
  final ChoiceBox<String> format = new ChoiceBox<>();
  final Spinner<Integer> interval = new Spinner<>(2, 3600, 15);
  final ComboBox<String> zone = new ComboBox<>();
  final CheckBox enabled = new CheckBox("Poll this source");
  final TextField item = new TextField();
  final TextField time = new TextField();
  final TextField headline = new TextField();
  final TextField body = new TextField();
  final TextField credit = new TextField();
  final TextField pageDate = new TextField();
  final TextField link = new TextField();
  private final GridPane grid = new GridPane();
  private String id;

  SourceForm() {
    format.getItems().add(AUTO);
    for (FeedFormat f : FeedFormat.values()) {
      format.getItems().add(f.hint());
    }
    format.setValue(AUTO);
    zone.setEditable(true);
    zone.setItems(FXCollections.observableArrayList(ZoneId.getAvailableZoneIds()).sorted());
    zone.setValue(ZoneId.systemDefault().getId());
    interval.setEditable(true);
    url.setPromptText("https://example.org/live/feed.json");
    item.setPromptText("CSS selector of each update, e.g. div.liveupdate");
    time.setPromptText("inside an update, e.g. .time");
    headline.setPromptText("e.g. h2");
    body.setPromptText("e.g. .content");
    credit.setPromptText("optional; a trailing \"-- ANI\" is found anyway");
    pageDate.setPromptText("optional: the page's date, e.g. .livedate");
    link.setPromptText("optional: a link inside an update");
    grid.setHgap(8);
    grid.setVgap(6);
    int row = 0;
    row = add("Name", name, row);
    row = add("URL", url, row);
    push.setId("source-push");
    push.setPromptText(
        "optional: its Server-Sent Events URL, followed while up (the URL is polled when it is down)");
    row = add("Push stream", push, row);
    row = add("Format", format, row);
    row = add("Every (seconds)", interval, row);
    row = add("Zone for times without one", zone, row);
    grid.add(enabled, 1, row++);
    Label selectors = new Label("Selectors for a live page without a feed (format html)");
    selectors.getStyleClass().add("text-muted");
    grid.add(selectors, 0, row++, 2, 1);
    row = add("Update", item, row);
    row = add("Time", time, row);
    row = add("Headline", headline, row);
    row = add("Body", body, row);
    row = add("Credit", credit, row);
    row = add("Page date", pageDate, row);
    add("Link", link, row);
    List.of(name, url, item, time, headline, body, credit, pageDate, link)
        .forEach(f -> GridPane.setHgrow(f, Priority.ALWAYS));
  }

  private int add(String label, javafx.scene.Node field, int row) {
    Label l = new Label(label);
    l.setLabelFor(field);
    grid.add(l, 0, row);
    grid.add(field, 1, row);
    if (field instanceof javafx.scene.control.Control c) {
      c.setMaxWidth(Double.MAX_VALUE);
      c.setAccessibleText(label);
    }
    return row + 1;
  }

  GridPane view() {
    return grid;
  }

  void show(SourceConfig c) {
    id = c == null ? null : c.id().value();
    name.setText(c == null ? "" : c.name());
    url.setText(c == null ? "" : c.url().toString());
    shownPush = c == null ? null : c.push();
    push.setText(shownPush == null ? "" : shownPush.stream().toString());
    format.setValue(c == null || c.format() == null ? AUTO : c.format().hint());
    interval.getValueFactory().setValue(c == null ? 15 : (int) c.interval().toSeconds());
    zone.setValue(c == null ? ZoneId.systemDefault().getId() : c.zone().getId());
    enabled.setSelected(c == null || c.enabled());
    PageSelectors p = c == null ? null : c.selectors();
    item.setText(p == null ? "" : p.item());
    time.setText(p == null ? "" : nz(p.time()));
    headline.setText(p == null ? "" : nz(p.headline()));
    body.setText(p == null ? "" : nz(p.body()));
    credit.setText(p == null ? "" : nz(p.credit()));
    pageDate.setText(p == null ? "" : nz(p.pageDate()));
    link.setText(p == null ? "" : nz(p.link()));
  }

  void fill(PageSelectors p) {
    format.setValue(FeedFormat.HTML_SELECTORS.hint());
    item.setText(p.item());
    time.setText(nz(p.time()));
    headline.setText(nz(p.headline()));
    body.setText(nz(p.body()));
    credit.setText(nz(p.credit()));
    pageDate.setText(nz(p.pageDate()));
    link.setText(nz(p.link()));
  }

  /**
   * @param problem told what is wrong, in words, when the fields do not make a source
   * @return the source, or {@code null} when a field is wrong
   */
  SourceConfig read(Consumer<String> problem) {
    try {
      URI u = URI.create(url.getText().trim());
      String key = id != null ? id : SourceSpec.defaultId(u);
      String hint = format.getValue();
      FeedFormat f = hint == null ? null : FeedFormat.fromHint(hint).orElse(null);
      PageSelectors selectors =
          item.getText().isBlank()
              ? null
              : new PageSelectors(
                  item.getText().trim(),
                  blankToNull(time),
                  blankToNull(headline),
                  blankToNull(body),
                  blankToNull(credit),
                  blankToNull(pageDate),
                  blankToNull(link));
      if (f == FeedFormat.HTML_SELECTORS && selectors == null) {
        problem.accept("A live page needs at least the Update selector.");
        return null;
      }
      ZoneId z;
      try {
        z = ZoneId.of(zone.getValue() == null ? "" : zone.getValue().trim());
      } catch (RuntimeException e) {
        problem.accept("Unknown zone '" + zone.getValue() + "': use a name like Asia/Kolkata.");
        return null;
      }
      return new SourceConfig(
          SourceId.of(key),
          name.getText().trim(),
          u,
          f,
          Duration.ofSeconds(interval.getValue()),
          z,
          selectors,
          enabled.isSelected(),
          push.getText().isBlank()
              ? null
              : new org.wirewatch.source.PushSettings(
                  URI.create(push.getText().trim()),
                  shownPush == null ? null : shownPush.fields(),
                  shownPush == null ? null : shownPush.filter()));
    } catch (IllegalArgumentException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      problem.accept(
          url.getText().isBlank()
              ? "Enter the source's URL."
              : message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1) + ".");
      return null;
    }
  }

  private static String blankToNull(TextField f) {
    return f.getText().isBlank() ? null : f.getText().trim();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
