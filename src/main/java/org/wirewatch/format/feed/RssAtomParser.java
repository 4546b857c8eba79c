package org.wirewatch.format.feed;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdom2.Document;
import org.jdom2.Element;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParser;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateSanity;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * RSS 0.9x, 1.0 and 2.0 and Atom 0.3 and 1.0, through Rome, read with a hardened XML parser (see
 * {@link SecureXml}). Dates are read from the raw XML text by the project's own {@link
 * org.wirewatch.format.time.DateTimeParser}, because Rome keeps no offset; Atom tombstones ({@code
 * at:deleted-entry}, RFC 6721) become {@link FeedSnapshot#deletedIds()}. Non-permalink GUIDs are
 * ids, never links. The same instance reads both families; {@link #format()} only says which one it
 * is registered for. Thread-safe.
 */
public final class RssAtomParser implements FeedParser {
  private final FeedFormat format;
  private final EntryMapper mapper;
  private final HtmlSanitizer sanitizer;

  /** A parser registered for {@code format} (RSS or ATOM), with default date sanity. */
  public RssAtomParser(FeedFormat format) {
    this(format, HtmlSanitizer.forParsers(), DateSanity.withDefaults());
  }

  public RssAtomParser(FeedFormat format, HtmlSanitizer sanitizer, DateSanity dates) {
    if (format != FeedFormat.RSS && format != FeedFormat.ATOM) {
      throw new IllegalArgumentException("RssAtomParser reads RSS or ATOM, not " + format);
    }
    this.format = format;
    this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
    this.mapper = new EntryMapper(sanitizer, Objects.requireNonNull(dates, "dates"));
  }

  /** The parser to register for {@link FeedFormat#RSS}. */
  public static RssAtomParser forRss() {
    return new RssAtomParser(FeedFormat.RSS);
  }

  /** The parser to register for {@link FeedFormat#ATOM}. */
  public static RssAtomParser forAtom() {
    return new RssAtomParser(FeedFormat.ATOM);
  }

  @Override
  public FeedFormat format() {
    return format;
  }

  @Override
  public FeedSnapshot parse(byte[] body, ParseContext context) throws FeedParseException {
    if (body == null || body.length == 0) {
      throw new FeedParseException("empty document: no RSS or Atom to read");
    }
    SecureXml.Read read = SecureXml.readReporting(body, context.contentType());
    Document document = read.document();
    List<String> problems = new ArrayList<>();
    if (!read.repairs().isEmpty()) {
      problems.add("the document was repaired: " + String.join("; ", read.repairs()));
    }
    FeedDocument raw = new FeedDocument(document);
    raw.repairForRome();
    List<Element> items = raw.items();
    SyndFeed feed;
    try {
      feed = new SyndFeedInput().build(document);
    } catch (FeedException | RuntimeException e) {
      if (items.isEmpty() && isFeedRoot(document)) {
        // an RSS/Atom document with nothing in it yet: an empty window, not an error
        return new FeedSnapshot(raw.rawTitle(), List.of(), raw.tombstones(), problems);
      }
      throw new FeedParseException(
          "not an RSS or Atom document (root element <"
              + document.getRootElement().getQualifiedName()
              + ">): "
              + e.getMessage(),
          e);
    }
    List<SyndEntry> entries = feed.getEntries();
    FeedDefaults defaults = FeedDefaults.of(feed, raw, context.baseUri());
    boolean matched = items.size() == entries.size();
    List<LiveUpdate> updates = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      updates.add(mapper.map(entries.get(i), matched ? items.get(i) : null, defaults, context));
    }
    String title = mapper.headline(feed.getTitleEx(), feed.getTitle());
    if (title == null || title.isEmpty()) {
      // a feed with no title is still shown somewhere: name it by its site
      title = raw.siteLink();
    }
    return new FeedSnapshot(
        title == null || title.isEmpty() ? null : title, updates, raw.tombstones(), problems);
  }

  private static boolean isFeedRoot(Document document) {
    String root = document.getRootElement().getName();
    return root.equals("rss") || root.equals("RDF") || root.equals("feed");
  }
}
