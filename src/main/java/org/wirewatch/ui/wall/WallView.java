package org.wirewatch.ui.wall;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.SharedTicker;
import org.wirewatch.ui.WindowModel;
import org.wirewatch.ui.crawl.CrawlView;

/**
 * The newsroom wall: the newest updates large enough to read from across the room, clocks for the
 * sources' zones and UTC, every source's health in words, the crawl along the bottom, and a
 * breaking banner that takes the screen for a while, one at a time. Sizes follow the screen's
 * height; no WebView. Static parts shift by a few pixels every two minutes against burn-in.
 */
public final class WallView extends StackPane {
  /** How many updates the wall shows large. */
  static final int SHOWN = 5;

  private List<Shown> shown = List.of();
  private DisplayTime shownTime;

  private static final double[][] SHIFTS = {{0, 0}, {3, 1}, {1, 3}, {-2, 2}, {-3, -1}, {2, -3}};

  private final WindowModel model;
  private final Clock clock;
  private final BorderPane layout = new BorderPane();
  private final ClockRow clocks;
  private final VBox headlines = new VBox();
  private final HealthLines health = new HealthLines();
  private final Banner banner = new Banner();
  private final CrawlView crawl;
  private final StackPane crawlSlot = new StackPane();
  private final Takeovers takeovers;
  private final PauseTransition bannerTime;
  private final SharedTicker ticker = new SharedTicker();
  private final DimmingVeil veil;
  private int shift;

  /**
   * @param zones the clocks to show; empty for the sources' zones and UTC
   * @param takeover how long a breaking banner holds the screen
   */
  public WallView(WindowModel model, Clock clock, List<ZoneId> zones, Duration takeover) {
    this.model = model;
    this.clock = clock;
    this.clocks =
        new ClockRow(zones.isEmpty() ? ClockRow.defaultZones(model.sources()) : zones, clock);
    getStyleClass().add("wall");
    headlines.getStyleClass().add("wall-headlines");

    DisplayTime dt = displayTime();
    crawl = new CrawlView(model.entries(), dt, model.settings().crawlSpeed(), key -> {});
    crawl.setReducedMotion(model.settings().reducedMotion());
    crawl.getStyleClass().add("wall-crawl");

    VBox top = new VBox(clocks, health.allFailing());
    crawlSlot.getChildren().add(crawl);
    VBox bottom = new VBox(health.lines(), crawlSlot);
    layout.setTop(top);
    layout.setCenter(headlines);
    layout.setBottom(bottom);
    layout.getStyleClass().add("wall-layout");

    veil = new DimmingVeil(clock);
    getChildren().addAll(layout, banner, veil);

    bannerTime = new PauseTransition(javafx.util.Duration.millis(takeover.toMillis()));
    takeovers = new Takeovers(List.copyOf(model.entries()), this::showBanner);
    bannerTime.setOnFinished(e -> takeovers.next());

    model.entries().addListener(this::entriesChanged);
    model.statuses().addListener((ListChangeListener<SourceStatus>) c -> renderHealth());
    model
        .takeoverRequests()
        .addListener(
            (ListChangeListener<org.wirewatch.model.UpdateKey>)
                c -> {
                  while (c.next()) {
                    c.getAddedSubList().forEach(this::takeOver);
                  }
                });
    // Sizes follow the screen: one em is a fortieth of the height (27 px at 1080p, 54 at 4K).
    heightProperty()
        .addListener(
            (o, a, h) ->
                setStyle(
                    String.format(
                        Locale.ROOT,
                        "-fx-font-size: %.1fpx;",
                        Math.max(12, h.doubleValue() / 40))));
    renderHeadlines();
    renderHealth();
    ticker
        .every(1, clocks::render)
        .every(5, this::renderHealth)
        .every(120, this::shiftAgainstBurnIn)
        .every(30, veil::render);
    sceneProperty()
        .addListener(
            (o, was, scene) -> {
              if (scene == null) {
                ticker.stop();
              } else {
                ticker.start();
              }
            });
  }

  /**
   * Times in the zone chosen in the window, else in the first source's zone (a wall is read by a
   * room, not by the machine's owner), always with the zone's name.
   */
  private DisplayTime displayTime() {
    String chosen = model.settings().zone();
    ZoneId zone =
        chosen == null || chosen.isEmpty()
            ? (model.sources().isEmpty() ? ZoneId.systemDefault() : model.sources().get(0).zone())
            : ZoneId.of(chosen);
    return new DisplayTime(zone, true);
  }

  private void entriesChanged(ListChangeListener.Change<? extends TimelineEntry> c) {
    renderHeadlines();
    // Only what arrived can be news: the rest of a timeline of thousands was looked at before.
    List<TimelineEntry> added = new ArrayList<>();
    while (c.next()) {
      if (c.wasAdded()) {
        added.addAll(c.getAddedSubList());
      }
    }
    takeovers.consider(added);
  }

  /** What one headline row shows: the same for two renders, the rows are left as they are. */
  private record Shown(TimelineEntry entry, String source, boolean alerted) {}

  private void renderHeadlines() {
    DisplayTime dt = displayTime();
    List<Shown> wanted = new ArrayList<>();
    for (TimelineEntry e : model.entries()) {
      if (e.withdrawn()) {
        continue;
      }
      wanted.add(
          new Shown(
              e, e.update().sourceName(model::sourceName), model.alerts().containsKey(e.key())));
      if (wanted.size() == SHOWN) {
        break;
      }
    }
    // Most changes of a busy timeline (edits, evictions, older items) are below the rows shown;
    // rebuilding the same rows would restyle and repaint the whole wall for nothing.
    if (wanted.equals(shown) && dt.equals(shownTime)) {
      return;
    }
    shown = wanted;
    shownTime = dt;
    List<javafx.scene.Node> rows = new ArrayList<>();
    for (Shown w : wanted) {
      rows.add(HeadlineRow.of(w.entry(), dt, rows.isEmpty(), w.source(), w.alerted()));
    }
    if (rows.isEmpty()) {
      Label waiting = new Label("Waiting for the first updates\u2026");
      waiting.getStyleClass().add("wall-waiting");
      rows.add(waiting);
    }
    headlines.getChildren().setAll(rows);
  }

  /** An alert rule asked for the banner: the update takes it in turn, like a breaking one. */
  private void takeOver(org.wirewatch.model.UpdateKey key) {
    for (TimelineEntry e : model.entries()) {
      if (e.key().equals(key)) {
        takeovers.enqueue(e);
        return;
      }
    }
  }

  private void renderHealth() {
    health.render(model, clock.instant(), displayTime());
  }

  private void showBanner(TimelineEntry e) {
    if (e == null) {
      banner.hide();
      return;
    }
    banner.show(e, displayTime(), e.update().sourceName(model::sourceName));
    bannerTime.playFromStart();
  }

  private void shiftAgainstBurnIn() {
    shift = (shift + 1) % SHIFTS.length;
    layout.setTranslateX(SHIFTS[shift][0]);
    layout.setTranslateY(SHIFTS[shift][1]);
  }

  // For tests and the wall's window.

  /** The headlines shown large, newest first. */
  /** The headline rows' nodes as shown (for tests). */
  List<javafx.scene.Node> headlineRows() {
    return List.copyOf(headlines.getChildren());
  }

  public List<String> shownHeadlines() {
    List<String> out = new ArrayList<>();
    for (javafx.scene.Node n : headlines.getChildren()) {
      if (n instanceof HBox row && row.getChildren().get(1) instanceof VBox text) {
        out.add(((Label) text.getChildren().get(0)).getText());
      }
    }
    return out;
  }

  /** The banner's headline while one shows, else {@code null}. */
  public String bannerHeadline() {
    return banner.headline();
  }

  /** Ends the banner now, as its time running out does. */
  void endBanner() {
    bannerTime.stop();
    takeovers.next();
  }

  int bannersWaiting() {
    return takeovers.waiting();
  }

  /** The health line of each source, as shown. */
  public List<String> healthLines() {
    return health.shown();
  }

  /** What the wall says when every source fails, or {@code null}. */
  public String allFailingText() {
    return health.allFailingText();
  }

  public List<String> clockCities() {
    return clocks.cities();
  }

  public CrawlView crawl() {
    return crawl;
  }

  /** Where the crawl sits on the wall (it may be shown in a window of its own over it). */
  StackPane crawlSlot() {
    return crawlSlot;
  }

  /** Whether the breaking banner holds the screen (and its scrim dims the rest). */
  javafx.beans.value.ObservableBooleanValue bannerShown() {
    return banner.visibleProperty();
  }

  /** The dimming schedule's veil over everything. */
  public DimmingVeil veil() {
    return veil;
  }

  /** Repaints health now (for tests that move the clock). */
  void refresh() {
    renderHealth();
    clocks.render();
    veil.render();
  }
}
