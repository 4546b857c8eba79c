package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wirewatch.ui.MainWindow;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.UiSettings;
import org.wirewatch.ui.Updates;
import org.wirewatch.ui.WindowModel;
import org.wirewatch.ui.bar.TickerBar;
import org.wirewatch.ui.wall.WallWindow;

/**
 * The WebView (WebKit: the largest single cost in memory and at start) exists only once a detail
 * was opened in the window, and never on the wall or the bar.
 */
@ExtendWith(ApplicationExtension.class)
class WebViewOnDemandTest {
  @TempDir Path settings;
  private UiFixture ui;
  private Stage primary;
  private Stage own;

  @Start
  void start(Stage primary) {
    this.primary = primary;
    ui = new UiFixture(settings);
  }

  @AfterEach
  void close() throws Exception {
    if (own != null) {
      WaitForAsyncUtils.asyncFx(own::close).get();
    }
  }

  private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  /** Every WebView in the scene graphs of {@code windows}. */
  private static List<WebView> webViews(Window... windows) throws Exception {
    return fx(
        () -> {
          List<WebView> found = new ArrayList<>();
          for (Window w : windows) {
            if (w.getScene() != null) {
              collect(w.getScene().getRoot(), found);
            }
          }
          return found;
        });
  }

  private static void collect(Node node, List<WebView> found) {
    if (node instanceof WebView web) {
      found.add(web);
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
    }
  }

  @Test
  void theWindowCreatesItsWebViewOnlyWhenADetailIsFirstOpened() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              ui.start(primary);
              primary.sizeToScene();
            })
        .get();
    ui.ingest(Updates.many(5, Updates.AT_1807));
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> fx(() -> ui.window.timeline().list().getItems().size() == 5));
    MainWindow window = ui.window;
    assertThat(fx(() -> window.detail().hasWebView())).isFalse();
    assertThat(webViews(primary)).isEmpty();

    WaitForAsyncUtils.asyncFx(() -> window.timeline().list().getSelectionModel().select(0)).get();
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(fx(() -> window.detail().hasWebView())).isTrue();
    assertThat(webViews(primary)).hasSize(1);
  }

  @Test
  void theBarNeverCreatesOne() throws Exception {
    WindowModel model = new WindowModel(ui.ctx, UiSettings.defaults());
    List<Object> clicked = new ArrayList<>();
    TickerBar bar = fx(() -> new TickerBar(model, clicked::add));
    // As in the app: the main window exists on the same model, unshown until an entry is clicked.
    MainWindow window = fx(() -> new MainWindow(model));
    own = fx(Stage::new);
    WaitForAsyncUtils.asyncFx(() -> bar.show(own, 0)).get();
    ui.ingest(Updates.seed());
    WaitForAsyncUtils.waitFor(
        5, TimeUnit.SECONDS, () -> fx(() -> !bar.crawl().visibleHeadlines().isEmpty()));
    assertThat(webViews(own)).isEmpty();
    assertThat(fx(() -> window.detail() == null || !window.detail().hasWebView())).isTrue();
  }

  @Test
  void theWallNeverCreatesOne() throws Exception {
    WindowModel model = new WindowModel(ui.ctx, UiSettings.defaults());
    WallWindow wall = fx(() -> new WallWindow(model, ui.clock, List.of(), Duration.ofSeconds(20)));
    own = fx(Stage::new);
    WaitForAsyncUtils.asyncFx(() -> wall.show(own, 0)).get();
    ui.ingest(Updates.many(5, Updates.AT_1807));
    WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(own::isShowing));
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(webViews(own)).isEmpty();
  }
}
