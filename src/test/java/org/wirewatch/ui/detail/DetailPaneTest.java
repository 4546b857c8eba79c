package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.input.Clipboard;
import javafx.scene.web.WebEngine;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.events.DocumentEvent;
import org.w3c.dom.events.EventTarget;
import org.w3c.dom.events.MouseEvent;
import org.w3c.dom.views.AbstractView;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.ui.UiFixture;
import org.wirewatch.ui.Updates;

@ExtendWith(ApplicationExtension.class)
class DetailPaneTest {
  private static final String HOSTILE =
      "<p id=\"p\">Hello</p>"
          + "<script>document.title='pwned-script'</script>"
          + "<img src=\"x\" onerror=\"document.title='pwned-onerror'\">"
          + "<p><a id=\"js\" href=\"javascript:document.title='pwned-link'\">do not click</a></p>"
          + "<p><a id=\"ok\" href=\"https://example.org/story\">the story</a></p>";

  @TempDir Path settings;
  private UiFixture ui;

  @Start
  void start(Stage stage) throws Exception {
    Files.writeString(
        settings.resolve("ui.properties"), "time.zone=Asia/Kolkata\ntime.showZone=true\n");
    ui = new UiFixture(settings);
    ui.start(stage);
  }

  private DetailPane detail() {
    return ui.window.detail();
  }

  private WebEngine engine() {
    return detail().webView().getEngine();
  }

  private static <T> T fx(java.util.concurrent.Callable<T> read) throws Exception {
    return WaitForAsyncUtils.asyncFx(read).get();
  }

  private void showLoaded(LiveUpdate update) throws Exception {
    ui.ingest(update);
    WaitForAsyncUtils.asyncFx(() -> ui.window.timeline().list().getSelectionModel().select(0));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    detail().entry() != null
                        && engine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                        && engine().getDocument() != null
                        && engine().getDocument().getElementsByTagName("p").getLength() > 0));
  }

  @Test
  void javaScriptIsOffAndNoScriptOrHandlerInAnUpdateEverRuns() throws Exception {
    showLoaded(Updates.withHtml(Updates.seed(), HOSTILE));
    assertThat(fx(() -> engine().isJavaScriptEnabled())).isFalse();
    String title = fx(() -> engine().getTitle());
    assertThat(title == null ? "" : title).doesNotContain("pwned");
    Document doc = fx(() -> engine().getDocument());
    assertThat(fx(() -> doc.getElementsByTagName("script").getLength())).isZero();
    int handlers =
        fx(
            () -> {
              NodeList all = doc.getElementsByTagName("*");
              int n = 0;
              for (int i = 0; i < all.getLength(); i++) {
                n += ((Element) all.item(i)).hasAttribute("onerror") ? 1 : 0;
              }
              return n;
            });
    assertThat(handlers).isZero();
    // Images are off by default: not even the element remains to fetch anything.
    assertThat(fx(() -> doc.getElementsByTagName("img").getLength())).isZero();
  }

  @Test
  void aJavascriptLinkIsNeverOpenedButAnHttpsLinkGoesToTheBrowser() throws Exception {
    showLoaded(Updates.withHtml(Updates.seed(), HOSTILE));
    click("do not click");
    assertThat(ui.opened).isEmpty();
    click("the story");
    assertThat(ui.opened).containsExactly("https://example.org/story");
    assertThat(fx(() -> engine().getLocation())).doesNotStartWith("https://example.org");
  }

  @Test
  void movingQuicklyThroughTheTimelineShowsTheLastSelected(FxRobot robot) throws Exception {
    java.util.List<LiveUpdate> items = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      items.add(
          Updates.withHtml(
              Updates.update("q" + i, Updates.AT_1807.minusMinutes(i), "Item " + i, "", null),
              "<p>Body of item " + i + "</p>"));
    }
    ui.ingest(items);
    WaitForAsyncUtils.asyncFx(
            () -> {
              for (int i = 0; i < 8; i++) {
                ui.window.timeline().list().getSelectionModel().select(i);
              }
            })
        .get();
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    engine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                        && engine().getDocument() != null
                        && engine()
                            .getDocument()
                            .getDocumentElement()
                            .getTextContent()
                            .contains("Body of item 7")));
    assertThat(ui.opened).isEmpty();
  }

  @Test
  void onlyAbsoluteHttpLinksMayLeave() throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              detail().navigate("javascript:alert(1)");
              detail().navigate("JAVASCRIPT:alert(1)");
              detail().navigate("file:///etc/passwd");
              detail().navigate("data:text/html,hi");
              detail().navigate("/relative");
              detail().navigate("http://example.org/a");
            })
        .get();
    assertThat(ui.opened).containsExactly("http://example.org/a");
  }

  private static Element anchorWithText(Document doc, String text) {
    NodeList anchors = doc.getElementsByTagName("a");
    for (int i = 0; i < anchors.getLength(); i++) {
      if (anchors.item(i).getTextContent().equals(text)) {
        return (Element) anchors.item(i);
      }
    }
    throw new AssertionError("no link " + text);
  }

  private void click(String id) throws Exception {
    WaitForAsyncUtils.asyncFx(
            () -> {
              Document doc = engine().getDocument();
              Element a = anchorWithText(doc, id);
              MouseEvent evt = (MouseEvent) ((DocumentEvent) doc).createEvent("MouseEvents");
              evt.initMouseEvent(
                  "click",
                  true,
                  true,
                  (AbstractView) null,
                  1,
                  0,
                  0,
                  0,
                  0,
                  false,
                  false,
                  false,
                  false,
                  (short) 0,
                  null);
              ((EventTarget) a).dispatchEvent(evt);
            })
        .get();
    WaitForAsyncUtils.waitForFxEvents();
  }

  @Test
  void copiesACitationInTheDisplayZone(FxRobot robot) throws Exception {
    showLoaded(Updates.withHtml(Updates.seed(), "<p id=\"p\">Body</p>"));
    robot.clickOn(detail().copyButton());
    String copied =
        WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    assertThat(copied)
        .isEqualTo(
            "18:07 IST, 7 Aug 2025 — Putin-Trump summit likely next week: Kremlin envoy"
                + " (ANI via Wire Live) https://example.org/live#u1807");
  }

  @Test
  void anEditedUpdateShowsWhatChanged() throws Exception {
    showLoaded(Updates.withHtml(Updates.seed(), "<p id=\"p\">Body</p>"));
    ui.ingest(
        Updates.withHtml(
            Updates.withHeadline(Updates.seed(), "Summit confirmed"), "<p id=\"p\">Body</p>"));
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    engine().getDocument() != null
                        && engine().getDocument().getElementsByTagName("del").getLength() > 0));
    Document doc = fx(() -> engine().getDocument());
    assertThat(fx(() -> doc.getElementsByTagName("del").item(0).getTextContent()))
        .isEqualTo(Updates.PUTIN);
    assertThat(fx(() -> doc.getElementsByTagName("ins").item(0).getTextContent()))
        .isEqualTo("Summit confirmed");
    assertThat(detail().headlineLabel().getText()).isEqualTo("Summit confirmed");
  }

  @Test
  void imagesLoadOnlyWhenAllowed(FxRobot robot) throws Exception {
    showLoaded(
        Updates.withHtml(
            Updates.seed(),
            "<p id=\"p\">x</p><img alt=\"map\" src=\"https://example.org/m.png\">"));
    Document doc = fx(() -> engine().getDocument());
    assertThat(fx(() -> doc.getElementsByTagName("img").getLength())).isZero();
    assertThat(fx(() -> doc.getDocumentElement().getTextContent())).contains("[image: map]");

    robot.clickOn(detail().imagesToggle());
    WaitForAsyncUtils.waitFor(
        10,
        TimeUnit.SECONDS,
        () ->
            fx(
                () ->
                    engine().getDocument() != null
                        && engine().getDocument().getElementsByTagName("img").getLength() == 1));
    assertThat(ui.window.settings().allowImages()).isTrue();
  }
}
