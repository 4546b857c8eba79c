package org.wirewatch.format.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * ROME's core test feeds put each element's own path in its text ({@code
 * <title>rss_2.0.channel.item[0].title</title>}), so each file is its own oracle: what Wirewatch
 * reads must be what the element says.
 */
final class RomeSelfDescribing {
  static final String ORIGIN = "rome";
  private static final List<String> FILES =
      List.of(
          "rss_0.9.xml",
          "rss_0.91N.xml",
          "rss_0.91U.xml",
          "rss_0.92.xml",
          "rss_0.93.xml",
          "rss_0.94.xml",
          "rss_1.0.xml",
          "rss_2.0.xml",
          "atom_0.3.xml",
          "atom_1.0.xml");

  private final ConformanceRunner runner;

  RomeSelfDescribing(ConformanceRunner runner) {
    this.runner = runner;
  }

  void run(Path fixtures, Tally tally) throws IOException {
    Path dir = fixtures.resolve("rome/rome/src/test/resources");
    for (String name : FILES) {
      Path file = dir.resolve(name);
      if (!Files.exists(file)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(file);
      ConformanceRunner.Result result =
          runner.parse(bytes, URI.create("http://example.com/rome/" + name), null);
      tally.record(ORIGIN, "document parses", result.ok(), name + " " + result.error());
      if (!result.ok()) {
        continue;
      }
      check(
          name,
          Jsoup.parse(new String(bytes, StandardCharsets.UTF_8), "", Parser.xmlParser()),
          result.snapshot(),
          tally);
    }
  }

  private static void check(String name, Document xml, FeedSnapshot snap, Tally tally) {
    Element root = xml.selectFirst("rss, rdf|RDF, feed");
    Element channel = root.selectFirst("> channel");
    Element feedLevel = channel != null ? channel : root;
    String feedTitle = childText(feedLevel, "title");
    if (feedTitle != null) {
      tally.record(
          ORIGIN, "feed title", feedTitle.equals(snap.title()), name + " => " + snap.title());
    }
    List<Element> items =
        root.tagName().equals("feed")
            ? root.select("> entry")
            : (channel != null && !channel.select("> item").isEmpty()
                ? channel.select("> item")
                : root.select("> item"));
    tally.record(
        ORIGIN,
        "item count",
        items.size() == snap.updates().size(),
        name + " " + items.size() + " vs " + snap.updates().size());
    for (int i = 0; i < items.size() && i < snap.updates().size(); i++) {
      Element item = items.get(i);
      LiveUpdate u = snap.updates().get(i);
      String where = name + " item " + i;
      expect(tally, "headline", childText(item, "title"), u.headline(), where);
      String id = childText(item, "guid") != null ? childText(item, "guid") : childText(item, "id");
      if (id != null) {
        expect(tally, "id", id, u.id(), where);
      }
      String summary =
          childText(item, "description") != null
              ? childText(item, "description")
              : childText(item, "summary");
      if (summary != null) {
        expect(tally, "summary", summary, u.text(), where);
      }
      String content =
          childText(item, "content:encoded") != null
              ? childText(item, "content:encoded")
              : childText(item, "content");
      if (content != null) {
        expect(tally, "body", content, Observed.content(u), where);
      }
      String author = childText(item, "author");
      Element authorName = item.selectFirst("> author > name");
      if (authorName != null) {
        author = authorName.text();
      }
      if (author != null) {
        expect(tally, "author", author, u.author(), where);
      }
      Element link = item.selectFirst("> link[rel=alternate], > link:not([rel])");
      String href = link == null ? null : (link.hasAttr("href") ? link.attr("href") : link.text());
      if (href != null && href.startsWith("http")) {
        expect(tally, "link", href, Observed.link(u), where);
      }
    }
  }

  private static void expect(
      Tally tally, String field, String expected, String actual, String where) {
    tally.record(
        ORIGIN,
        field,
        Observed.sameText(expected, actual),
        where + " " + field + ": expected " + expected + " got " + actual);
  }

  private static String childText(Element parent, String tag) {
    for (Element child : parent.children()) {
      if (child.tagName().equals(tag) && child.children().isEmpty()) {
        return child.text();
      }
    }
    return null;
  }
}
