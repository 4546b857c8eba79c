package org.wirewatch.ui.bar;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.wirewatch.model.UpdateKey;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.MainWindow;
import org.wirewatch.ui.WindowModel;
import org.wirewatch.ui.crawl.CrawlView;

/**
 * The ticker bar: only the crawl, in a thin always-on-top window of its own docked to the top or
 * bottom edge of a screen (as desktop tickers were), so drawing it costs a strip, not a window. A
 * click opens the entry; Space or the button pauses; dragging it past the middle of the screen
 * docks it to the other edge.
 */
public final class TickerBar {
  /** Height in root em: the crawl's own height plus a hairline. */
  private static final double HEIGHT_EM = 3.0;

  private static final String CSS =
      Objects.requireNonNull(MainWindow.class.getResource("wirewatch.css")).toExternalForm();

  private final CrawlView crawl;
  private final double fontPx;
  private Stage stage;
  private Rectangle2D screen;
  private boolean atTop;
  private double pressedAt;

  /**
   * @param open what a click on an entry does (the app shows it in the main window)
   */
  private final WindowModel model;

  public TickerBar(WindowModel model, Consumer<UpdateKey> open) {
    this.model = model;
    DisplayTime dt = model.settings().displayTime();
    this.crawl = new CrawlView(model.entries(), dt, model.settings().crawlSpeed(), open);
    crawl.setReducedMotion(model.settings().reducedMotion());
    this.atTop = model.settings().crawlAtTop();
    this.fontPx = MainWindow.BASE_FONT_PX * model.settings().fontScale();
  }

  public CrawlView crawl() {
    return crawl;
  }

  /** Whether it is docked to the top edge. */
  public boolean atTop() {
    return atTop;
  }

  /**
   * Shows the bar on monitor {@code index}, or with -1 on the one it was on last time with these
   * monitors (else the primary).
   */
  public void show(Stage stage, int index) {
    this.stage = stage;
    screen = org.wirewatch.ui.ScreenChoice.pick(model, "bar", index).getVisualBounds();
    try {
      stage.initStyle(StageStyle.UNDECORATED);
    } catch (IllegalStateException shownBefore) {
      // A stage that was ever visible keeps its decorations; the face works all the same.
    }
    crawl.getStyleClass().add("ticker-bar");
    crawl.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", fontPx));
    Scene scene = new Scene(crawl, screen.getWidth(), height());
    scene.getStylesheets().add(CSS);
    stage.setScene(scene);
    stage.setTitle("Wirewatch ticker");
    stage.setAlwaysOnTop(true);
    scene.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.SPACE) {
            crawl.togglePause();
          }
        });
    crawl.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressedAt = e.getScreenY());
    crawl.addEventFilter(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          if (Math.abs(e.getScreenY() - pressedAt) > height()) {
            dock(e.getScreenY() < screen.getMinY() + screen.getHeight() / 2);
          }
        });
    dock(atTop);
    stage.show();
  }

  /** Docks the bar to the top edge ({@code true}) or the bottom. */
  public void dock(boolean top) {
    atTop = top;
    if (stage == null) {
      return;
    }
    stage.setX(screen.getMinX());
    stage.setWidth(screen.getWidth());
    stage.setHeight(height());
    stage.setY(top ? screen.getMinY() : screen.getMaxY() - height());
  }

  private double height() {
    return Math.ceil(HEIGHT_EM * fontPx);
  }
}
