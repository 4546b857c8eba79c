package org.wirewatch.format.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.format.TestContexts.at;
import static org.wirewatch.format.TestContexts.resource;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * Recoverable XML errors are read as feed readers read them, and said: the snapshot names each
 * repair, so the source's status can say the document was repaired.
 */
class LenientXmlTest {
  private static final String DIR = "/format/feed/";
  private final RssAtomParser parser = RssAtomParser.forRss();

  private FeedSnapshot read(String name) throws FeedParseException {
    return parser.parse(
        resource(DIR + name), at("https://wire.example.in/rss", "application/rss+xml"));
  }

  @Test
  void aControlCharacterInOneTitleCostsNoItem() throws Exception {
    FeedSnapshot snapshot = read("rss-control-character-in-one-title.xml");
    assertThat(snapshot.updates())
        .extracting(LiveUpdate::headline)
        .containsExactly(
            "Sensex ends 300 points higher on IT gains", "Rupee steady at 87.7", "Gold eases");
    assertThat(snapshot.updates().get(0).text()).isEqualTo("Markets closed higher.");
    assertThat(snapshot.problems())
        .singleElement()
        .asString()
        .startsWith("the document was repaired")
        .contains("control characters");
  }

  @Test
  void undeclaredContentAndMediaPrefixesAreDeclaredForTheFeed() throws Exception {
    FeedSnapshot snapshot = read("rss-undeclared-content-and-media-prefixes.xml");
    LiveUpdate metro = snapshot.updates().get(0);
    assertThat(metro.headline()).isEqualTo("Metro line 3 opens to the public");
    assertThat(metro.html()).as("content:encoded is the body").contains("<b>Aqua line</b>");
    assertThat(snapshot.problems()).singleElement().asString().contains("namespace prefixes");
  }

  @Test
  void strayAmpersandsAreEscapedAndEntitiesKept() throws Exception {
    FeedSnapshot snapshot = read("rss-stray-ampersands-in-text-and-links.xml");
    assertThat(snapshot.title()).isEqualTo("Sport & Games");
    LiveUpdate draw = snapshot.updates().get(0);
    assertThat(draw.headline()).isEqualTo("India & England draw the series");
    assertThat(draw.permalink()).hasToString("https://sport.example.in/story?id=5&src=rss");
    assertThat(draw.text())
        .isEqualTo("Siraj & Krishna shared nine wickets & the player of the match award.");
  }

  @Test
  void declaredUtf8ThatIsWindows1252IsReadAsWindows1252() throws Exception {
    FeedSnapshot snapshot = read("rss-declared-utf8-but-windows-1252.xml");
    assertThat(snapshot.title()).isEqualTo("Café culture");
    assertThat(snapshot.updates().get(0).headline()).isEqualTo("Crème brûlée, the Paris way");
    assertThat(snapshot.updates().get(0).text()).isEqualTo("À la carte.");
    assertThat(snapshot.problems()).singleElement().asString().contains("says UTF-8 but is not");
  }

  @Test
  void declaredLatin1ThatIsUtf8IsReadAsUtf8() throws Exception {
    FeedSnapshot snapshot = read("rss-declared-latin1-but-utf8.xml");
    assertThat(snapshot.updates().get(0).headline()).isEqualTo("Le président à Berlin");
    assertThat(snapshot.problems()).singleElement().asString().contains("is UTF-8");
  }

  @Test
  void aWellFormedFeedReportsNoRepair() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Ok</title>"
            + "<item><title>Fine</title><guid>1</guid><pubDate>Thu, 07 Aug 2025 09:00:00 +0200"
            + "</pubDate></item></channel></rss>";
    FeedSnapshot snapshot =
        parser.parse(xml.getBytes(StandardCharsets.UTF_8), at("https://x.example/rss"));
    assertThat(snapshot.problems()).isEmpty();
  }

  @Test
  void repairsNeverLoosenTheEntityLimits() {
    StringBuilder bomb =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">");
    String prev = "a";
    for (int i = 0; i < 9; i++) {
      String next = "e" + i;
      bomb.append("<!ENTITY ").append(next).append(" \"");
      bomb.append(("&" + prev + ";").repeat(10)).append("\">");
      prev = next;
    }
    bomb.append("]><rss version=\"2.0\"><channel><title>&")
        .append(prev)
        .append(";")
        .append(" \u0001 & stray</title></channel></rss>");
    assertThatThrownBy(
            () ->
                parser.parse(
                    bomb.toString().getBytes(StandardCharsets.UTF_8), at("https://x.example/")))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("entity expansion");
  }

  @Test
  void anExternalEntityStaysUnresolvedAfterRepair() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>T &x; & \u0002</title><item><title>I</title>"
            + "<guid>1</guid></item></channel></rss>";
    FeedSnapshot snapshot =
        parser.parse(xml.getBytes(StandardCharsets.UTF_8), at("https://x.example/"));
    assertThat(snapshot.title()).doesNotContain("root:");
  }
}
