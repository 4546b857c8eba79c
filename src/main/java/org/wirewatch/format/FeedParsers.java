package org.wirewatch.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewatch.format.feed.RssAtomParser;
import org.wirewatch.format.jsonfeed.JsonFeedParser;
import org.wirewatch.format.liveblog.LiveBlogPostingParser;
import org.wirewatch.format.page.SelectorPageParser;
import org.wirewatch.model.FeedSnapshot;

/**
 * The one entry point from bytes to a {@link FeedSnapshot}: takes the pinned format or sniffs one
 * (see {@link FormatSniffer}), then hands the body to the parser registered for it.
 *
 * <p>On an HTML page, configured selectors win over an embedded LiveBlogPosting (the user set them
 * up for a reason); a page with neither that advertises feeds is a {@link FeedDiscoveredException}
 * naming them, and one that advertises none is an error that says to configure selectors. A format
 * with no registered parser is an error that says so, rather than a guess.
 */
public final class FeedParsers {
  private final Map<FeedFormat, FeedParser> parsers = new EnumMap<>(FeedFormat.class);
  private final FormatSniffer sniffer;

  /**
   * @param parsers at most one per format
   * @throws IllegalArgumentException when two parsers claim the same format
   */
  public FeedParsers(List<FeedParser> parsers, FormatSniffer sniffer) {
    for (FeedParser p : parsers) {
      if (this.parsers.putIfAbsent(p.format(), p) != null) {
        throw new IllegalArgumentException("two parsers for " + p.format());
      }
    }
    this.sniffer = sniffer;
  }

  public FeedParsers(List<FeedParser> parsers) {
    this(parsers, new FormatSniffer());
  }

  /**
   * Every format Wirewatch reads: JSON Feed, LiveBlogPosting, RSS, Atom and live pages by
   * selectors, plus {@code more}. Each call builds fresh parsers: nothing is shared between
   * registries.
   */
  public static FeedParsers standard(FeedParser... more) {
    List<FeedParser> all = new ArrayList<>();
    all.add(new JsonFeedParser());
    all.add(new LiveBlogPostingParser());
    all.add(RssAtomParser.forRss());
    all.add(RssAtomParser.forAtom());
    all.add(new SelectorPageParser());
    all.addAll(Arrays.asList(more));
    return new FeedParsers(all);
  }

  /** The formats that have a parser. */
  public Set<FeedFormat> supported() {
    return Collections.unmodifiableSet(parsers.keySet());
  }

  /**
   * Reads {@code body} as the pinned format, or as the sniffed one when none is pinned.
   *
   * @param pinnedOrNull the source's configured format, or {@code null} to sniff
   */
  public FeedSnapshot parse(byte[] body, ParseContext context, FeedFormat pinnedOrNull)
      throws FeedParseException {
    FeedFormat format = detect(body, context, pinnedOrNull);
    FeedParser parser = parsers.get(format);
    if (parser == null) {
      throw new FeedParseException(name(format) + " is not supported yet");
    }
    try {
      return DuplicateIds.resolve(parser.parse(body, context));
    } catch (RuntimeException e) {
      // A parser bug must cost one poll of one source, never the poller.
      throw new FeedParseException("could not read this " + name(format) + " document: " + e, e);
    }
  }

  /** The format {@link #parse} would use, with the same errors for an unusable document. */
  public FeedFormat detect(byte[] body, ParseContext context, FeedFormat pinnedOrNull)
      throws FeedParseException {
    if (body.length == 0) {
      throw new FeedParseException("the response body is empty");
    }
    FeedFormat format = pinnedOrNull;
    if (format == null) {
      format =
          sniffer
              .sniff(body, context.contentType())
              .orElseThrow(
                  () ->
                      new FeedParseException(
                          "could not tell what kind of document this is (Content-Type "
                              + (context.contentType() == null ? "none" : context.contentType())
                              + ", starts with \""
                              + preview(body, context.contentType())
                              + "\"); set its format: jsonfeed, liveblog, rss, atom or html"));
      if (format == FeedFormat.LIVE_BLOG_POSTING
          && context.selectors() != null
          && sniffer.isMarkup(body, context.contentType())) {
        format = FeedFormat.HTML_SELECTORS;
      }
    }
    if (format == FeedFormat.HTML_SELECTORS && context.selectors() == null) {
      List<FeedLink> feeds =
          FeedDiscovery.advertised(body, context.contentType(), context.baseUri());
      if (!feeds.isEmpty()) {
        throw new FeedDiscoveredException(feeds);
      }
      throw new FeedParseException("no updates found: configure selectors for this page");
    }
    return format;
  }

  private static String name(FeedFormat format) {
    switch (format) {
      case JSON_FEED:
        return "JSON Feed";
      case LIVE_BLOG_POSTING:
        return "LiveBlogPosting";
      case RSS:
        return "RSS";
      case ATOM:
        return "Atom";
      case HTML_SELECTORS:
        return "HTML with selectors";
      default:
        return format.name();
    }
  }

  private static String preview(byte[] body, String contentType) {
    String start = FormatSniffer.start(body, contentType);
    String cut = start.length() > 40 ? start.substring(0, 40) + "…" : start;
    return cut.replaceAll("\\p{Cntrl}", " ");
  }
}
