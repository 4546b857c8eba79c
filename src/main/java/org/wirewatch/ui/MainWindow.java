package org.wirewatch.ui;

import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.crawl.CrawlView;
import org.wirewatch.ui.detail.DetailHtml;
import org.wirewatch.ui.detail.DetailPane;
import org.wirewatch.ui.history.HistoryMode;
import org.wirewatch.ui.history.HistoryPane;
import org.wirewatch.ui.status.StatusBar;
import org.wirewatch.ui.timeline.TimelinePane;

/**
 * The main window: crawl, live-blog timeline, detail and source status, laid out from the one
 * {@link WindowModel}. A change of options in the model is applied here, wherever it came from.
 */
public final class MainWindow {
  /** Root font size at scale 1: large enough to read from across a newsroom. */
  public static final double BASE_FONT_PX = 15;

  private static final String CSS =
      Objects.requireNonNull(MainWindow.class.getResource("wirewatch.css")).toExternalForm();

  private final WindowModel model;
  private final UiContext ctx;
  private final SettingsKeeper keeper;
  private BorderPane root;
  private AppBar appBar;
  private CrawlView crawl;
  private TimelinePane timeline;
  private DetailPane detail;
  private StatusBar statusBar;
  private SplitPane split;
  private HistoryPane history;
  private HistoryMode historyMode;
  private VBox top;
  private VBox bottom;
  private Stage stage;
  private final SharedTicker ticker = new SharedTicker();
  private final OtherFaces faces;

  public MainWindow(UiContext ctx) {
    this(ctx, UiSettings.load(ctx.settingsDir()));
  }

  /** With settings already read (off the FX thread) by the caller. */
  public MainWindow(UiContext ctx, UiSettings initial) {
    this(new WindowModel(ctx, initial));
  }

  /** A window on the app's one view-model. */
  public MainWindow(WindowModel model) {
    this.model = Objects.requireNonNull(model);
    this.ctx = model.context();
    this.keeper = new SettingsKeeper(model);
    model.settingsProperty().addListener((o, before, next) -> apply(before, next));
    this.faces = new OtherFaces(model);
  }

  /** The whole window's content; built once. */
  public Parent root() {
    if (root == null) {
      build();
    }
    return root;
  }

  /** Applies the theme, restores geometry, installs accelerators and shows {@code stage}. */
  public void show(Stage stage) {
    this.stage = stage;
    WindowLook.applyTheme(root(), settings().dark());
    Scene scene = new Scene(root(), settings().width(), settings().height());
    scene.getStylesheets().add(CSS);
    stage.setScene(scene);
    stage.setTitle("Wirewatch");
    stage.setMinWidth(640);
    stage.setMinHeight(420);
    keeper.restore(stage);
    Shortcuts.install(
        scene,
        new Shortcuts.Actions(
            () -> appBar.scaleFont(0.1),
            () -> appBar.scaleFont(-0.1),
            () -> model.setSettings(settings().withFontScale(1.0)),
            this::toggleFullScreen,
            timeline::focusFilter,
            detail::copyCitation,
            crawl::togglePause));
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticker.stop());
    stage.show();
    split.setDividerPositions(settings().split());
    keeper.watch(stage, split);
    timeline.list().requestFocus();
  }

  /** Shows "Sources" and "Alerts" in the app bar running these; {@code null} hides one. */
  public void setOnManage(Runnable sources, Runnable alerts) {
    root();
    appBar.setOnManageSources(sources);
    appBar.setOnManageAlerts(alerts);
  }

  /** The options in effect (for tests and the app). */
  public UiSettings settings() {
    return model.settings();
  }

  public WindowModel model() {
    return model;
  }

  public CrawlView crawl() {
    root();
    return crawl;
  }

  public TimelinePane timeline() {
    root();
    return timeline;
  }

  public DetailPane detail() {
    root();
    return detail;
  }

  public StatusBar statusBar() {
    root();
    return statusBar;
  }

  public HistoryPane history() {
    root();
    return history;
  }

  private void build() {
    UiSettings settings = settings();
    crawl =
        new CrawlView(model.entries(), settings.displayTime(), settings.crawlSpeed(), this::reveal);
    crawl.setReducedMotion(settings.reducedMotion());
    timeline =
        new TimelinePane(
            model.entries(),
            model::sourceName,
            model.sourceNames(),
            () -> settings().displayTime(),
            ctx.clock());
    timeline.setReducedMotion(settings.reducedMotion());
    timeline.showAlerts(model.alerts(), model.alertColours());
    detail =
        new DetailPane(
            ctx.linkOpener(),
            model::sourceName,
            () -> settings().displayTime(),
            () -> settings().dark() ? DetailHtml.Palette.DARK : DetailHtml.Palette.LIGHT,
            () -> BASE_FONT_PX * settings().fontScale(),
            settings.allowImages());
    detail.imagesToggle().selectedProperty().addListener((o, a, allow) -> allowImages(allow));
    statusBar =
        new StatusBar(
            model.statuses(),
            model.sources(),
            ctx.refresh(),
            () -> settings().displayTime(),
            ctx.clock());

    split = new SplitPane(timeline, detail);
    split.setOrientation(Orientation.HORIZONTAL);
    split.getStyleClass().add("main-split");
    SplitPane.setResizableWithParent(detail, true);

    appBar = new AppBar(model, this::toggleFullScreen);
    appBar.addFaces(() -> faces.toggleWall(), () -> faces.toggleBar(timeline::select));
    top = new VBox(appBar);
    bottom = new VBox();
    root = new BorderPane(split);
    root.getStyleClass().add("wirewatch");
    root.setTop(top);
    root.setBottom(bottom);
    placeCrawl();
    bottom.getChildren().add(statusBar);
    WindowLook.applyFontScale(root, settings.fontScale(), settings.dark());

    timeline.selectedProperty().addListener((o, was, entry) -> model.selectedProperty().set(entry));
    model.selectedProperty().addListener((o, was, entry) -> detail.show(entry));
    buildHistory();
    timeline.list().setOnKeyPressed(this::enterOpensDetail);
    detail.follow(model.entries());
    // Countdowns and the clock each second; relative ages ("3 min ago") every half minute.
    ticker.every(1, statusBar::tick).every(30, timeline::refreshAges).start();
  }

  private void buildHistory() {
    history =
        new HistoryPane(
            ctx.history(),
            model.sources(),
            () -> settings().displayTime(),
            ctx.clock(),
            detail::show,
            this::showLive);
    historyMode = new HistoryMode(split, timeline, history);
    timeline.historyButton().setOnAction(e -> showHistory(timeline.filterField().getText()));
    statusBar.setHistory(ctx.history().status());
    ctx.history().onStatus(statusBar::setHistory);
  }

  /** Swaps the timeline for history search, searching for {@code text} when there is any. */
  public void showHistory(String text) {
    root();
    historyMode.showHistory(text);
  }

  private void showLive() {
    historyMode.showLive(live -> detail.show(timeline.selectedProperty().get()));
    timeline.focusFilter();
  }

  /** Applies a change of options, from any control or face that changed them in the model. */
  private void apply(UiSettings before, UiSettings next) {
    if (root == null) {
      return;
    }
    if (before.dark() != next.dark()) {
      WindowLook.applyTheme(root, next.dark());
      detail.render();
    }
    if (before.crawlAtTop() != next.crawlAtTop()) {
      placeCrawl();
    }
    if (before.crawlSpeed() != next.crawlSpeed()) {
      crawl.setSpeed(next.crawlSpeed());
    }
    if (before.reducedMotion() != next.reducedMotion()) {
      crawl.setReducedMotion(next.reducedMotion());
      timeline.setReducedMotion(next.reducedMotion());
    }
    if (!before.displayTime().equals(next.displayTime())) {
      crawl.setDisplayTime(next.displayTime());
      timeline.refreshRows();
      detail.render();
      statusBar.tick();
    }
    if (before.fontScale() != next.fontScale()) {
      WindowLook.applyFontScale(root, next.fontScale(), next.dark());
      if (root.getScene() != null) {
        root.applyCss();
        crawl.remeasureAll();
        detail.render();
      }
    }
  }

  private void placeCrawl() {
    top.getChildren().remove(crawl);
    bottom.getChildren().remove(crawl);
    if (settings().crawlAtTop()) {
      top.getChildren().add(crawl);
    } else {
      bottom.getChildren().add(0, crawl);
    }
  }

  private void allowImages(boolean allow) {
    model.setSettings(settings().withAllowImages(allow));
  }

  private void enterOpensDetail(javafx.scene.input.KeyEvent e) {
    if (e.getCode() == KeyCode.ENTER && detail.entry() != null) {
      detail.webView().requestFocus();
      e.consume();
    }
  }

  private void toggleFullScreen() {
    if (stage != null) {
      stage.setFullScreen(!stage.isFullScreen());
    }
  }

  /** Selects {@code key}'s update, clearing the filters when they hide it. */
  public void reveal(UpdateKey key) {
    if (!timeline.select(key)) {
      timeline.clearFilters();
      timeline.select(key);
    }
  }
}
