package org.wirewatch.format.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jdom2.Document;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.UpdateFlag;

class RssAtomParserTest {
  private static final Instant FETCHED = Instant.parse("2025-08-07T13:00:00Z");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private final RssAtomParser parser = RssAtomParser.forRss();

  private static ParseContext context(String base, String contentType) {
    return new ParseContext(
        SourceId.of("wire"),
        base == null ? null : URI.create(base),
        contentType,
        KOLKATA,
        FETCHED,
        null);
  }

  private FeedSnapshot parse(String xml) throws FeedParseException {
    return parser.parse(
        xml.getBytes(StandardCharsets.UTF_8), context("https://news.example/live/", null));
  }

  @Test
  void rssItemMapsEveryFieldWirewatchKeeps() throws Exception {
    FeedSnapshot snap =
        parse(
            """
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Live &amp; wire</title>
                <item>
                  <title>Putin-Trump summit likely next week: Kremlin envoy</title>
                  <link>/live/18-07</link>
                  <guid isPermaLink="false">rediff-1807</guid>
                  <pubDate>Thu, 07 Aug 2025 18:07:00 IST</pubDate>
                  <dc:creator>ANI</dc:creator>
                  <category>World</category><category>Russia</category>
                  <description>Short &lt;b&gt;summary&lt;/b&gt;.</description>
                  <content:encoded><![CDATA[<p>Full <em>body</em><script>alert(1)</script></p>]]></content:encoded>
                  <enclosure url="https://img.example/putin.jpg" type="image/jpeg" length="1"/>
                </item>
              </channel>
            </rss>
            """);
    assertThat(snap.title()).isEqualTo("Live & wire");
    LiveUpdate u = snap.updates().get(0);
    assertThat(u.id()).isEqualTo("rediff-1807");
    assertThat(u.headline()).isEqualTo("Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(u.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(u.permalink()).hasToString("https://news.example/live/18-07");
    assertThat(u.author()).isEqualTo("ANI");
    assertThat(u.tags()).containsExactly("World", "Russia");
    assertThat(u.text()).isEqualTo("Short summary.");
    assertThat(u.html())
        .isEqualTo("<p>Full <em>body</em></p><p><img src=\"https://img.example/putin.jpg\"></p>");
    assertThat(u.flags()).isEmpty();
    assertThat(u.firstSeen()).isEqualTo(FETCHED);
  }

  @Test
  void atomEntryKeepsItsOwnOffsetsAndResolvesRelativeLinks() throws Exception {
    FeedSnapshot snap =
        RssAtomParser.forAtom()
            .parse(
                """
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="html">Desk &lt;i&gt;live&lt;/i&gt;</title>
                  <id>urn:feed</id>
                  <entry>
                    <id>tag:news.example,2025:1</id>
                    <title type="text">A &lt; B</title>
                    <link rel="alternate" href="posts/1"/>
                    <published>2025-08-07T12:37:00+00:00</published>
                    <updated>2025-08-07T12:45:00Z</updated>
                    <author><name>Desk</name></author>
                    <summary type="text">Plain summary</summary>
                    <content type="html">&lt;p&gt;Rich &lt;a href="/x" onclick="x()"&gt;link&lt;/a&gt;&lt;/p&gt;</content>
                  </entry>
                </feed>
                """
                    .getBytes(StandardCharsets.UTF_8),
                context("https://news.example/live/", "application/atom+xml"));
    assertThat(snap.title()).isEqualTo("Desk live");
    LiveUpdate u = snap.updates().get(0);
    assertThat(u.id()).isEqualTo("tag:news.example,2025:1");
    assertThat(u.headline()).isEqualTo("A < B");
    assertThat(u.published()).isEqualTo(OffsetDateTime.parse("2025-08-07T12:37Z"));
    assertThat(u.updated()).isEqualTo(OffsetDateTime.parse("2025-08-07T12:45Z"));
    assertThat(u.permalink()).hasToString("https://news.example/live/posts/1");
    assertThat(u.author()).isEqualTo("Desk");
    assertThat(u.text()).isEqualTo("Plain summary");
    assertThat(u.html())
        .isEqualTo(
            "<p>Rich <a href=\"https://news.example/x\" rel=\"noopener noreferrer nofollow\">"
                + "link</a></p>");
  }

  @Test
  void atomTombstonesBecomeDeletedIds() throws Exception {
    FeedSnapshot snap =
        RssAtomParser.forAtom()
            .parse(
                """
                <feed xmlns="http://www.w3.org/2005/Atom"
                      xmlns:at="http://purl.org/atompub/tombstones/1.0">
                  <title>t</title><id>urn:f</id>
                  <at:deleted-entry ref="tag:news.example,2025:9" when="2025-08-07T12:50:00Z"/>
                  <entry><id>tag:news.example,2025:1</id><title>kept</title>
                    <updated>2025-08-07T12:37:00Z</updated></entry>
                </feed>
                """
                    .getBytes(StandardCharsets.UTF_8),
                context(null, null));
    assertThat(snap.deletedIds()).containsExactly("tag:news.example,2025:9");
    assertThat(snap.updates())
        .extracting(LiveUpdate::id)
        .containsExactly("tag:news.example,2025:1");
  }

  @Test
  void badItemsAreFlaggedNotDropped() throws Exception {
    FeedSnapshot snap =
        parse(
            """
            <rss version="2.0"><channel><title>t</title>
              <item><title>no date</title><guid>a</guid></item>
              <item><title>bad date</title><guid>b</guid><pubDate>around teatime</pubDate></item>
              <item><title>from the future</title><guid>c</guid>
                <pubDate>Thu, 07 Aug 2025 23:00:00 +0530</pubDate></item>
              <item><guid>d</guid><pubDate>Thu, 07 Aug 2025 18:00:00 +0530</pubDate>
                <description>Body that stands in for the headline. More text.</description></item>
            </channel></rss>
            """);
    assertThat(snap.updates()).hasSize(4);
    assertThat(snap.updates().get(0).flags()).containsExactly(UpdateFlag.MISSING_DATE);
    assertThat(snap.updates().get(1).flags()).containsExactly(UpdateFlag.UNREADABLE_DATE);
    assertThat(snap.updates().get(2).flags()).containsExactly(UpdateFlag.FUTURE_DATE);
    assertThat(snap.updates().get(2).published().toInstant()).isEqualTo(FETCHED);
    assertThat(snap.updates().get(3).flags()).containsExactly(UpdateFlag.MISSING_HEADLINE);
    assertThat(snap.updates().get(3).headline()).isEqualTo("Body that stands in for the headline.");
  }

  @Test
  void guidsThatAreNotUrlsNeverBecomeLinks() throws Exception {
    FeedSnapshot snap =
        parse(
            """
            <rss version="2.0"><channel><title>t</title>
              <item><title>x</title><guid>1559104147038</guid></item>
            </channel></rss>
            """);
    assertThat(snap.updates().get(0).id()).isEqualTo("1559104147038");
    assertThat(snap.updates().get(0).permalink()).isNull();
  }

  @Test
  void livemintArticlesLinkToTheirPagesNotTheirGuids() throws Exception {
    FeedSnapshot snap =
        parser.parse(
            resource("rsparser/Tests/RSParserTests/Resources/livemint.xml"),
            context("https://www.livemint.com/rss/news", "application/rss+xml"));
    assertThat(snap.updates()).hasSize(25);
    for (LiveUpdate u : snap.updates()) {
      assertThat(u.id()).matches("\\d+");
      assertThat(u.permalink().toString())
          .startsWith("https://www.livemint.com/")
          .doesNotEndWith("/" + u.id());
    }
  }

  @Test
  void encodingComesFromTheProlog() throws Exception {
    FeedSnapshot snap =
        parser.parse(
            resource("miniflux/internal/reader/parser/testdata/encoding_ISO-8859-1.xml"),
            context(null, "application/xml"));
    assertThat(snap.updates())
        .extracting(LiveUpdate::headline)
        .contains("Wochenrückblick: Wilder Westen, buntes Handy, nutzloses Siegel");
  }

  @Test
  void httpCharsetIsHonoured() throws Exception {
    byte[] latin1 =
        "<rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);
    FeedSnapshot snap =
        parser.parse(latin1, context(null, "application/rss+xml; charset=ISO-8859-1"));
    assertThat(snap.title()).isEqualTo("Café");
  }

  @Test
  void externalEntitiesAreNeverResolved() throws Exception {
    Document doc = SecureXml.read(resource("rome/_extracted/Atom10ParserTest_xxe_entry.xml"), null);
    assertThat(doc.getRootElement().getChildText("title", doc.getRootElement().getNamespace()))
        .isEqualTo("Hello ");
    FeedSnapshot snap =
        RssAtomParser.forAtom()
            .parse(
                """
                <?xml version="1.0"?><!DOCTYPE feed [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Hello &xxe;</title><id>x</id>
                <entry><id>1</id><title>Entry &xxe;</title></entry></feed>
                """
                    .getBytes(StandardCharsets.UTF_8),
                context(null, null));
    assertThat(snap.title()).isEqualTo("Hello");
    assertThat(snap.updates().get(0).headline()).isEqualTo("Entry");
  }

  @Test
  void billionLaughsIsRefusedCleanly() {
    assertThatThrownBy(
            () ->
                parser.parse(
                    resource("rome/_extracted/TestXmlBomb_billion_laughs.xml"),
                    context(null, null)))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("entity expansion");
  }

  @Test
  void entityBombBehindUtf16IsRefusedOrInert() throws IOException {
    try {
      FeedSnapshot snap =
          parser.parse(
              resource("feedparser/_extracted/test_encoding_doctype_replacement_utf16be.xml"),
              context(null, null));
      assertThat(snap.title()).hasSizeLessThan(10_000);
    } catch (FeedParseException refused) {
      assertThat(refused).hasMessageContaining("XML");
    }
  }

  @Test
  void commonPublisherSlipsAreRepairedAfterTheStrictParseFails() throws Exception {
    FeedSnapshot snap =
        parse(
            "<rss version=\"2.0\"><channel><title>AT&amp;T &nbsp;&madeup; &#X41;</title>"
                + "<item><title>x</title><guid>g</guid></item></channel></rss");
    assertThat(snap.title().replace('\u00a0', ' ').replaceAll("\\s+", " "))
        .isEqualTo("AT&T &madeup; A");
    assertThat(snap.updates()).hasSize(1);
  }

  @Test
  void malformedDocumentsSayWhereTheyBroke() {
    assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel>\n<item><title>x</item>"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> parse("<html><body><p>not a feed</p></body></html>"))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("<html>");
    assertThatThrownBy(() -> parser.parse(new byte[0], context(null, null)))
        .isInstanceOf(FeedParseException.class);
  }

  @Test
  void reportsTheFormatItIsRegisteredFor() {
    assertThat(RssAtomParser.forRss().format()).isEqualTo(FeedFormat.RSS);
    assertThat(RssAtomParser.forAtom().format()).isEqualTo(FeedFormat.ATOM);
  }

  private static byte[] resource(String path) throws IOException {
    try (InputStream in = RssAtomParserTest.class.getResourceAsStream("/fixtures/" + path)) {
      return in.readAllBytes();
    }
  }
}
