package org.wirewatch.ui.detail;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.concurrent.Worker;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.EventTarget;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * The selected update in full. The body renders in a WebView that runs no script, loads nothing
 * remote unless images are allowed, and never navigates: a clicked http(s) link goes to the system
 * browser, any other link goes nowhere. The WebView, the largest single cost in memory and at start
 * (WebKit's native library is loaded with it), is created only when a detail is first opened; until
 * then a plain region holds its place.
 */
public final class DetailPane extends VBox {
  private final Region placeholder = new Region();
  private WebView web;
  private WebEngine engine;
  private final Label time = new Label();
  private final Label headline = new Label();
  private final Label meta = new Label();
  private final Label empty = new Label("Select an update to read it in full.");
  private final Button copy = new Button("Copy as citation", new FontIcon(Feather.COPY));
  private final Button open = new Button("Open original", new FontIcon(Feather.EXTERNAL_LINK));
  private final ToggleButton images = new ToggleButton("Allow images", new FontIcon(Feather.IMAGE));
  private final Consumer<String> linkOpener;
  private final Function<SourceId, String> sourceName;
  private final Supplier<DisplayTime> displayTime;
  private final Supplier<DetailHtml.Palette> palette;
  private final Supplier<Double> fontPx;
  private TimelineEntry entry;
  private final PacedLoads loads =
      new PacedLoads(
          javafx.util.Duration.millis(150), html -> engine.loadContent(html, "text/html"));

  public DetailPane(
      Consumer<String> linkOpener,
      Function<SourceId, String> sourceName,
      Supplier<DisplayTime> displayTime,
      Supplier<DetailHtml.Palette> palette,
      Supplier<Double> fontPx,
      boolean allowImages) {
    this.linkOpener = linkOpener;
    this.sourceName = sourceName;
    this.displayTime = displayTime;
    this.palette = palette;
    this.fontPx = fontPx;
    getStyleClass().add("detail-pane");

    time.getStyleClass().add("detail-time");
    headline.getStyleClass().add("detail-headline");
    headline.setWrapText(true);
    headline.setMinHeight(USE_PREF_SIZE);
    meta.getStyleClass().add("detail-meta");
    meta.setWrapText(true);
    empty.getStyleClass().add("detail-empty");
    copy.setTooltip(new Tooltip("Copy time, headline, credit and link (Ctrl+Shift+C)"));
    copy.setOnAction(e -> copyCitation());
    open.setOnAction(e -> openOriginal());
    images.setSelected(allowImages);
    images.setTooltip(new Tooltip("Load images from the source's servers"));
    images.selectedProperty().addListener((o, a, b) -> render());
    // Wraps rather than truncating the labels when the text is large or the pane narrow.
    javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(copy, open, images);
    actions.getStyleClass().add("detail-actions");
    actions.setAlignment(Pos.CENTER_LEFT);
    for (javafx.scene.control.ButtonBase b :
        new javafx.scene.control.ButtonBase[] {copy, open, images}) {
      b.setMinWidth(USE_PREF_SIZE);
    }
    VBox header = new VBox(time, headline, meta, actions);
    header.getStyleClass().add("detail-header");
    placeholder.getStyleClass().add("detail-body-placeholder");
    VBox.setVgrow(placeholder, Priority.ALWAYS);
    getChildren().addAll(header, placeholder);
    show(null);
  }

  /** The WebView in the placeholder's stead, created (and locked down) on first use. */
  private WebView web() {
    if (web == null) {
      web = new WebView();
      engine = web.getEngine();
      lockDown();
      VBox.setVgrow(web, Priority.ALWAYS);
      web.setContextMenuEnabled(false);
      web.setAccessibleText("Full text of the selected update");
      getChildren().set(getChildren().indexOf(placeholder), web);
    }
    return web;
  }

  /** Whether the WebView exists yet: not before a detail was first opened. */
  public boolean hasWebView() {
    return web != null;
  }

  private void lockDown() {
    // Before anything is ever loaded: no script, ever.
    engine.setJavaScriptEnabled(false);
    engine.setCreatePopupHandler(features -> null);
    engine.setOnAlert(e -> {});
    engine
        .getLoadWorker()
        .stateProperty()
        .addListener(
            (obs, was, state) -> {
              if (state == Worker.State.SCHEDULED && !isOwnContent(engine.getLocation())) {
                // Something in the page tried to navigate: stop it, hand http(s) to the browser.
                String target = engine.getLocation();
                engine.getLoadWorker().cancel();
                navigate(target);
              } else if (state == Worker.State.SUCCEEDED) {
                interceptLinks(engine.getDocument());
              }
            });
  }

  /** Content this pane loaded itself has no location; anything else is a navigation. */
  private static boolean isOwnContent(String location) {
    return location == null || location.isEmpty() || location.equals("about:blank");
  }

  /** Every link click is handled here instead of inside the view. */
  private void interceptLinks(Document doc) {
    if (doc == null) {
      return;
    }
    NodeList anchors = doc.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      Element a = (Element) anchors.item(i);
      ((EventTarget) a)
          .addEventListener(
              "click",
              evt -> {
                evt.preventDefault();
                evt.stopPropagation();
                navigate(a.getAttribute("href"));
              },
              false);
    }
  }

  /** A link the reader followed: opened outside only when it is absolute http or https. */
  void navigate(String href) {
    LinkPolicy.openable(href).ifPresent(linkOpener);
  }

  public void show(TimelineEntry entry) {
    this.entry = entry;
    render();
  }

  public TimelineEntry entry() {
    return entry;
  }

  /** An edit to the update on show, arriving in {@code entries}, re-renders it at once. */
  public void follow(javafx.collections.ObservableList<TimelineEntry> entries) {
    entries.addListener(
        (javafx.collections.ListChangeListener<TimelineEntry>)
            c -> {
              if (entry == null) {
                return;
              }
              for (TimelineEntry e : entries) {
                if (e.key().equals(entry.key())) {
                  if (e != entry) {
                    show(e);
                  }
                  return;
                }
              }
            });
  }

  /** Renders again, e.g. after the theme, zone or font size changed. */
  public void render() {
    boolean has = entry != null;
    copy.setDisable(!has);
    open.setDisable(!has || entry.update().permalink() == null);
    if (!has) {
      time.setText("");
      headline.setText("");
      meta.setText("");
      headline.setGraphic(null);
      getStyleClass().removeAll("breaking", "withdrawn");
      getStyleClass().add("empty");
      if (web != null) {
        load(
            () ->
                "<html><body style=\"background:"
                    + palette.get().background()
                    + "\"></body></html>");
      }
      headline.setText(empty.getText());
      return;
    }
    getStyleClass().remove("empty");
    LiveUpdate u = entry.update();
    DisplayTime dt = displayTime.get();
    time.setText(dt.clock(u.publishedInstant()) + " \u00B7 " + dt.date(u.publishedInstant()));
    headline.setText(u.headline());
    StringBuilder m = new StringBuilder();
    if (u.author() != null && !u.author().isBlank()) {
      m.append(u.author().strip()).append(" via ");
    }
    m.append(u.sourceName(sourceName));
    if (u.origin() != null) {
      m.append(" \u00B7 relayed by ").append(sourceName.apply(u.source()));
    }
    if (entry.edited() && entry.editTime() != null) {
      m.append(" \u00B7 edited ").append(dt.clock(entry.editTime()));
    }
    if (entry.withdrawn()) {
      m.append(" \u00B7 withdrawn ").append(dt.clock(entry.withdrawnAt()));
    }
    if (u.dateStandsIn()) {
      m.append(" \u00B7 time uncertain (first seen)");
    }
    meta.setText(m.toString());
    getStyleClass().removeAll("breaking", "withdrawn");
    if (u.priority() == org.wirewatch.model.Priority.BREAKING) {
      getStyleClass().add("breaking");
    }
    if (entry.withdrawn()) {
      getStyleClass().add("withdrawn");
    }
    headline.setAccessibleText(org.wirewatch.ui.Spoken.of(entry, dt, u.sourceName(sourceName)));
    TimelineEntry shown = entry;
    // Rendered only when loaded: paging past a row skips its page and its edits' word diff.
    load(() -> DetailHtml.render(shown, images.isSelected(), palette.get(), dt, fontPx.get()));
  }

  private void load(Supplier<String> page) {
    web();
    loads.offer(page);
  }

  public String citation() {
    if (entry == null) {
      return null;
    }
    return Citation.of(entry.update(), entry.update().sourceName(sourceName), displayTime.get());
  }

  public void copyCitation() {
    String text = citation();
    if (text != null) {
      ClipboardContent content = new ClipboardContent();
      content.putString(text);
      Clipboard.getSystemClipboard().setContent(content);
    }
  }

  private void openOriginal() {
    if (entry != null && entry.update().permalink() != null) {
      navigate(entry.update().permalink().toString());
    }
  }

  public ToggleButton imagesToggle() {
    return images;
  }

  /** The WebView; created now if no detail was opened yet. */
  public WebView webView() {
    return web();
  }

  public Label headlineLabel() {
    return headline;
  }

  public Button copyButton() {
    return copy;
  }
}
