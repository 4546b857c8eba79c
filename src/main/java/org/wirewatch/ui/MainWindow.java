package org.wirewatch.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.ui.crawl.CrawlView;
import org.wirewatch.ui.detail.DetailHtml;
import org.wirewatch.ui.detail.DetailPane;
import org.wirewatch.ui.status.StatusBar;
import org.wirewatch.ui.timeline.TimelinePane;

/**
 * The main window: crawl, live-blog timeline, detail and source status, with the window's options
 * and geometry remembered in the settings directory.
 */
public final class MainWindow {
  /** Root font size at scale 1: large enough to read from across a newsroom. */
  public static final double BASE_FONT_PX = 15;

  private static final String CSS =
      Objects.requireNonNull(MainWindow.class.getResource("wirewatch.css")).toExternalForm();

  private final UiContext ctx;
  private final Map<SourceId, String> sourceNames = new HashMap<>();
  private UiSettings settings;
  private BorderPane root;
  private CrawlView crawl;
  private TimelinePane timeline;
  private DetailPane detail;
  private StatusBar statusBar;
  private SplitPane split;
  private org.wirewatch.ui.history.HistoryPane history;
  private org.wirewatch.ui.history.HistoryMode historyMode;
  private VBox top;
  private VBox bottom;
  private Stage stage;
  private final javafx.animation.Timeline ticker = new javafx.animation.Timeline();
  private int ticks;
  private final Button sourcesButton = new Button("Sources", new FontIcon(Feather.RSS));

  public MainWindow(UiContext ctx) {
    this(ctx, UiSettings.load(ctx.settingsDir()));
  }

  /** With settings already read (off the FX thread) by the caller. */
  public MainWindow(UiContext ctx, UiSettings initial) {
    this.ctx = Objects.requireNonNull(ctx);
    this.settings = Objects.requireNonNull(initial);
    for (SourceConfig s : ctx.sources()) {
      sourceNames.put(s.id(), s.name());
    }
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
    applyTheme();
    Scene scene = new Scene(root(), settings.width(), settings.height());
    scene.getStylesheets().add(CSS);
    stage.setScene(scene);
    stage.setTitle("Wirewatch");
    stage.setMinWidth(640);
    stage.setMinHeight(420);
    restorePosition(stage);
    installKeys(scene);
    stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> saveGeometry());
    // A wall display is often stopped by a signal, never closed: remember geometry as it changes,
    // once it has settled.
    javafx.animation.PauseTransition settle =
        new javafx.animation.PauseTransition(Duration.seconds(2));
    settle.setOnFinished(e -> saveGeometry());
    javafx.beans.InvalidationListener moved = o -> settle.playFromStart();
    stage.xProperty().addListener(moved);
    stage.yProperty().addListener(moved);
    stage.widthProperty().addListener(moved);
    stage.heightProperty().addListener(moved);
    stage.maximizedProperty().addListener(moved);
    stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> ticker.stop());
    stage.show();
    split.setDividerPositions(settings.split());
    split.getDividers().get(0).positionProperty().addListener(moved);
    timeline.list().requestFocus();
  }

  /**
   * Shows a "Sources" button in the app bar that runs {@code action} (the app opens its sources
   * editor with it); {@code null} hides the button.
   */
  public void setOnManageSources(Runnable action) {
    root();
    sourcesButton.setVisible(action != null);
    sourcesButton.setManaged(action != null);
    sourcesButton.setOnAction(
        e -> {
          if (action != null) {
            action.run();
          }
        });
  }

  /** The options in effect (for tests and the app). */
  public UiSettings settings() {
    return settings;
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

  private void build() {
    crawl =
        new CrawlView(
            ctx.entries(), settings.displayTime(), settings.crawlSpeed(), this::selectFromCrawl);
    crawl.setReducedMotion(settings.reducedMotion());
    timeline =
        new TimelinePane(
            ctx.entries(),
            this::sourceName,
            ctx.sources().stream().map(SourceConfig::name).toList(),
            settings::displayTime,
            ctx.clock());
    timeline.setReducedMotion(settings.reducedMotion());
    detail =
        new DetailPane(
            ctx.linkOpener(),
            this::sourceName,
            settings::displayTime,
            () -> settings.dark() ? DetailHtml.Palette.DARK : DetailHtml.Palette.LIGHT,
            () -> BASE_FONT_PX * settings.fontScale(),
            settings.allowImages());
    detail
        .imagesToggle()
        .selectedProperty()
        .addListener((o, a, allow) -> update(settings.withAllowImages(allow)));
    statusBar =
        new StatusBar(
            ctx.statuses(), ctx.sources(), ctx.refresh(), settings::displayTime, ctx.clock());
    for (SourceStatus s : ctx.statuses()) {
      sourceNames.putIfAbsent(s.source(), s.name());
    }

    split = new SplitPane(timeline, detail);
    split.setOrientation(Orientation.HORIZONTAL);
    split.getStyleClass().add("main-split");
    SplitPane.setResizableWithParent(detail, true);

    top = new VBox(appBar());
    bottom = new VBox();
    root = new BorderPane(split);
    root.getStyleClass().add("wirewatch");
    root.setTop(top);
    root.setBottom(bottom);
    placeCrawl();
    bottom.getChildren().add(statusBar);
    applyFontScale();

    timeline.selectedProperty().addListener((o, was, entry) -> detail.show(entry));
    buildHistory();
    timeline
        .list()
        .setOnKeyPressed(
            e -> {
              if (e.getCode() == KeyCode.ENTER && detail.entry() != null) {
                detail.webView().requestFocus();
                e.consume();
              }
            });
    ctx.entries().addListener((ListChangeListener<TimelineEntry>) c -> followSelectedEntry());
    ticker.getKeyFrames().setAll(new KeyFrame(Duration.seconds(1), e -> tick()));
    ticker.setCycleCount(Animation.INDEFINITE);
    ticker.play();
  }

  private void buildHistory() {
    Map<SourceId, String> names = new java.util.LinkedHashMap<>();
    ctx.sources().forEach(s -> names.put(s.id(), s.name()));
    history =
        new org.wirewatch.ui.history.HistoryPane(
            ctx.history(), names, settings::displayTime, ctx.clock(), detail::show, this::showLive);
    historyMode = new org.wirewatch.ui.history.HistoryMode(split, timeline, history);
    timeline.historyButton().setOnAction(e -> showHistory(timeline.filterField().getText()));
    statusBar.setHistory(ctx.history().status());
    ctx.history().onStatus(statusBar::setHistory);
  }

  /** Swaps the timeline for history search, searching for {@code text} when there is any. */
  public void showHistory(String text) {
    historyMode.showHistory(text);
  }

  private void showLive() {
    historyMode.showLive(live -> detail.show(timeline.selectedProperty().get()));
    timeline.focusFilter();
  }

  public org.wirewatch.ui.history.HistoryPane history() {
    return history;
  }

  private void tick() {
    statusBar.tick();
    if (++ticks % 30 == 0) {
      timeline.refreshAges();
    }
  }

  /** An edit to the update on show re-renders the detail with the new version. */
  private void followSelectedEntry() {
    TimelineEntry shown = detail.entry();
    if (shown == null) {
      return;
    }
    for (TimelineEntry e : ctx.entries()) {
      if (e.key().equals(shown.key())) {
        if (e != shown) {
          detail.show(e);
        }
        return;
      }
    }
  }

  private Node appBar() {
    Label brand = new Label("WIREWATCH");
    brand.getStyleClass().add("brand");
    brand.setGraphic(new FontIcon(Feather.RADIO));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Button smaller = iconButton(Feather.MINUS, "Smaller text (Ctrl -)", () -> scaleFont(-0.1));
    Button larger = iconButton(Feather.PLUS, "Larger text (Ctrl +)", () -> scaleFont(0.1));
    Label aa = new Label("Text");
    aa.getStyleClass().add("text-muted");
    Button theme =
        iconButton(
            settings.dark() ? Feather.SUN : Feather.MOON,
            "Light or dark theme",
            () -> update(settings.withDark(!settings.dark())));
    theme.setId("theme-toggle");
    Button full = iconButton(Feather.MAXIMIZE, "Full screen (F11)", this::toggleFullScreen);
    sourcesButton.getStyleClass().add("flat");
    sourcesButton.setTooltip(new Tooltip("Add, edit or remove sources"));
    sourcesButton.setVisible(false);
    sourcesButton.setManaged(false);
    HBox bar = new HBox(brand, spacer, sourcesButton, aa, smaller, larger, viewMenu(), theme, full);
    bar.getStyleClass().add("app-bar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  private MenuButton viewMenu() {
    MenuButton view = new MenuButton("View", new FontIcon(Feather.SLIDERS));
    view.getStyleClass().add("flat");
    view.setAccessibleText("View options");

    CheckMenuItem crawlTop = new CheckMenuItem("Crawl at the top");
    crawlTop.setSelected(settings.crawlAtTop());
    crawlTop.setOnAction(
        e ->
            update(
                settings.withCrawl(
                    settings.crawlSpeed(), crawlTop.isSelected(), settings.reducedMotion())));
    CheckMenuItem reduced = new CheckMenuItem("Reduce motion (page the crawl)");
    reduced.setSelected(settings.reducedMotion());
    reduced.setOnAction(
        e ->
            update(
                settings.withCrawl(
                    settings.crawlSpeed(), settings.crawlAtTop(), reduced.isSelected())));

    Menu speed = new Menu("Crawl speed");
    ToggleGroup speeds = new ToggleGroup();
    for (double[] s : new double[][] {{50}, {90}, {140}, {200}}) {
      String label =
          switch ((int) s[0]) {
            case 50 -> "Slow";
            case 90 -> "Normal";
            case 140 -> "Fast";
            default -> "Very fast";
          };
      RadioMenuItem item = new RadioMenuItem(label + " (" + (int) s[0] + " px/s)");
      item.setToggleGroup(speeds);
      item.setSelected(Math.abs(settings.crawlSpeed() - s[0]) < 1);
      item.setOnAction(
          e -> update(settings.withCrawl(s[0], settings.crawlAtTop(), settings.reducedMotion())));
      speed.getItems().add(item);
    }

    CheckMenuItem showZone = new CheckMenuItem("Show time zone name");
    showZone.setSelected(settings.showZone());
    showZone.setOnAction(e -> update(settings.withZone(settings.zone(), showZone.isSelected())));
    Menu zones = new Menu("Time zone");
    ToggleGroup zoneGroup = new ToggleGroup();
    Set<String> zoneIds = new LinkedHashSet<>();
    zoneIds.add("");
    for (SourceConfig s : ctx.sources()) {
      zoneIds.add(s.zone().getId());
    }
    zoneIds.addAll(
        List.of("UTC", "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York"));
    for (String z : zoneIds) {
      String label =
          z.isEmpty() ? "System (" + ZoneId.systemDefault().getId() + ")" : z.replace('_', ' ');
      RadioMenuItem item = new RadioMenuItem(label);
      item.setToggleGroup(zoneGroup);
      item.setSelected(z.equals(settings.zone()));
      item.setOnAction(e -> update(settings.withZone(z, settings.showZone())));
      zones.getItems().add(item);
    }
    view.getItems().addAll(crawlTop, reduced, speed, showZone, zones);
    return view;
  }

  private static Button iconButton(Feather icon, String tip, Runnable action) {
    Button b = new Button(null, new FontIcon(icon));
    b.getStyleClass().addAll("button-icon", "flat");
    b.setTooltip(new Tooltip(tip));
    b.setAccessibleText(tip);
    b.setOnAction(e -> action.run());
    return b;
  }

  /** Applies a change of options and remembers it. */
  private void update(UiSettings next) {
    UiSettings before = settings;
    settings = next;
    if (before.dark() != next.dark()) {
      applyTheme();
      Button theme = (Button) root.lookup("#theme-toggle");
      if (theme != null) {
        ((FontIcon) theme.getGraphic()).setIconCode(next.dark() ? Feather.SUN : Feather.MOON);
      }
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
      applyFontScale();
    }
    save();
  }

  private void applyTheme() {
    Application.setUserAgentStylesheet(
        settings.dark()
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    if (root != null) {
      root.getStyleClass().removeAll("theme-dark", "theme-light");
      root.getStyleClass().add(settings.dark() ? "theme-dark" : "theme-light");
    }
  }

  private void placeCrawl() {
    top.getChildren().remove(crawl);
    bottom.getChildren().remove(crawl);
    if (settings.crawlAtTop()) {
      top.getChildren().add(crawl);
    } else {
      bottom.getChildren().add(0, crawl);
    }
  }

  private void scaleFont(double delta) {
    update(settings.withFontScale(Math.round((settings.fontScale() + delta) * 10) / 10.0));
  }

  private void applyFontScale() {
    root.setStyle(
        String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", BASE_FONT_PX * settings.fontScale()));
    root.getStyleClass().removeAll("theme-dark", "theme-light");
    root.getStyleClass().add(settings.dark() ? "theme-dark" : "theme-light");
    // Icons are sized in pixels, not em: scale them with the text.
    int iconPx = (int) Math.round(18 * settings.fontScale());
    for (Node icon : root.lookupAll(".ikonli-font-icon")) {
      ((FontIcon) icon).setIconSize(iconPx);
    }
    if (root.getScene() != null) {
      root.applyCss();
      crawl.remeasureAll();
      detail.render();
    }
  }

  private void toggleFullScreen() {
    if (stage != null) {
      stage.setFullScreen(!stage.isFullScreen());
    }
  }

  private void installKeys(Scene scene) {
    var keys = scene.getAccelerators();
    Runnable larger = () -> scaleFont(0.1);
    Runnable smaller = () -> scaleFont(-0.1);
    keys.put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), larger);
    keys.put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), larger);
    keys.put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), larger);
    keys.put(
        new KeyCodeCombination(
            KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        larger);
    keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), smaller);
    keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), smaller);
    Runnable reset = () -> update(settings.withFontScale(1.0));
    keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), reset);
    keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), reset);
    keys.put(new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
    keys.put(
        new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), timeline::focusFilter);
    keys.put(
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        detail::copyCitation);
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && spaceIsFree(scene)) {
            crawl.togglePause();
            e.consume();
          }
        });
  }

  /** Space pauses the crawl unless the focused control needs it (typing, pressing a button). */
  private static boolean spaceIsFree(Scene scene) {
    Node focus = scene.getFocusOwner();
    return !(focus instanceof TextInputControl
        || focus instanceof ButtonBase
        || focus instanceof ComboBoxBase<?>
        || focus instanceof javafx.scene.web.WebView);
  }

  private void selectFromCrawl(UpdateKey key) {
    if (!timeline.select(key)) {
      timeline.filterField().clear();
      timeline.sourceFilter().setValue(TimelinePane.ALL_SOURCES);
      timeline.priorityFilter().setValue(TimelinePane.ALL_PRIORITIES);
      timeline.select(key);
    }
  }

  private String sourceName(SourceId id) {
    String name = sourceNames.get(id);
    if (name == null) {
      for (SourceStatus s : ctx.statuses()) {
        if (s.source().equals(id) && s.name() != null) {
          sourceNames.put(id, s.name());
          return s.name();
        }
      }
      return id.value();
    }
    return name;
  }

  private void restorePosition(Stage stage) {
    double x = settings.x();
    double y = settings.y();
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      Rectangle2D wanted = new Rectangle2D(x, y, settings.width(), settings.height());
      List<Screen> screens = new ArrayList<>(Screen.getScreensForRectangle(wanted));
      if (!screens.isEmpty()) {
        stage.setX(x);
        stage.setY(y);
      }
    }
    stage.setMaximized(settings.maximized());
  }

  private void saveGeometry() {
    if (stage == null) {
      return;
    }
    UiSettings next = settings;
    if (!stage.isMaximized() && !stage.isFullScreen()) {
      next =
          next.withGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
    } else {
      next =
          next.withGeometry(next.x(), next.y(), next.width(), next.height(), stage.isMaximized());
    }
    double[] dividers = split.getDividerPositions();
    if (dividers.length > 0) {
      next = next.withSplit(dividers[0]);
    }
    settings = next;
    save();
  }

  // The latest settings wait here for the background writer; older ones are simply superseded.
  private final java.util.concurrent.atomic.AtomicReference<UiSettings> unsaved =
      new java.util.concurrent.atomic.AtomicReference<>();
  private final Object saveLock = new Object();

  private void save() {
    unsaved.set(settings);
    ctx.background().execute(this::writeLatest);
  }

  private void writeLatest() {
    synchronized (saveLock) {
      UiSettings latest = unsaved.getAndSet(null);
      if (latest != null) {
        write(latest);
      }
    }
  }

  private void write(UiSettings toSave) {
    try {
      toSave.save(ctx.settingsDir());
    } catch (IOException e) {
      // The window works without remembered options; losing them must not break the display.
      System.getLogger(MainWindow.class.getName())
          .log(System.Logger.Level.WARNING, "could not save UI settings: " + e.getMessage());
    } catch (UncheckedIOException e) {
      System.getLogger(MainWindow.class.getName())
          .log(System.Logger.Level.WARNING, "could not save UI settings: " + e.getMessage());
    }
  }
}
