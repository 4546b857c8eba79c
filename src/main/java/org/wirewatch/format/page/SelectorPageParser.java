package org.wirewatch.format.page;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Selector;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParser;
import org.wirewatch.format.Headlines;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateSanity;
import org.wirewatch.format.time.DateSanity.ResolvedDate;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;
import org.wirewatch.model.UpdateIds;

/**
 * Reads a live page that has no feed, finding its updates by the CSS selectors in {@link
 * ParseContext#selectors()} (see {@link PageSelectors}; {@link PagePresets} has ready ones).
 * Time-only stamps are completed from the page's date, or else from the fetch date in the source's
 * zone (flagged {@link UpdateFlag#INFERRED_DATE}), crossing midnight correctly in either list
 * order. Without a credit selector, a trailing "-- ANI", "— Reuters" or "(PTI)" is split off the
 * body into the author. Thread-safe.
 */
public final class SelectorPageParser implements FeedParser {
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final HtmlSanitizer sanitizer;
  private final DateSanity dates;
  private final DateTimeParser parser;

  public SelectorPageParser() {
    this(HtmlSanitizer.forParsers(), DateSanity.withDefaults());
  }

  public SelectorPageParser(HtmlSanitizer sanitizer, DateSanity dates) {
    this.sanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
    this.dates = Objects.requireNonNull(dates, "dates");
    this.parser = dates.parser();
  }

  @Override
  public FeedFormat format() {
    return FeedFormat.HTML_SELECTORS;
  }

  @Override
  public FeedSnapshot parse(byte[] body, ParseContext ctx) throws FeedParseException {
    PageSelectors sel = ctx.selectors();
    if (sel == null) {
      throw new FeedParseException(
          "a live page needs selectors (item, time, headline, body...); none are configured");
    }
    Document page = read(body, ctx);
    validate(page, sel);
    Elements items = page.select(sel.item());
    if (items.isEmpty() && sel.equals(PagePresets.rediffLive())) {
      // The preset knows its site's older layout and its one-update pages.
      Optional<Document> rewritten = RediffLayouts.rewrite(page);
      if (rewritten.isPresent()) {
        page = rewritten.get();
        items = page.select(sel.item());
      }
    }
    if (items.isEmpty()) {
      // A live page whose items vanished was redesigned: fail the poll (what is shown stays)
      // and say so, rather than report an empty success.
      throw new FeedParseException(
          "the page's layout changed: 0 updates matched (no element matches the item selector '"
              + sel.item()
              + "')");
    }
    LocalDate pageDate = pageDate(page, sel.pageDate());
    List<Stamp> stamps = new ArrayList<>();
    for (Element item : items) {
      stamps.add(stamp(first(item, sel.time()), ctx));
    }
    List<OffsetDateTime> completed = completeTimeOnly(stamps, pageDate, ctx);

    List<LiveUpdate> updates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      updates.add(update(items.get(i), sel, stamps.get(i), completed.get(i), pageDate, ctx));
    }
    String title = page.title().isBlank() ? null : page.title().strip();
    return new FeedSnapshot(title, updates, Set.of());
  }

  private static void validate(Document page, PageSelectors sel) throws FeedParseException {
    String[][] named = {
      {"item", sel.item()}, {"time", sel.time()}, {"headline", sel.headline()},
      {"body", sel.body()}, {"credit", sel.credit()}, {"pageDate", sel.pageDate()},
      {"link", sel.link()}
    };
    for (String[] pair : named) {
      if (pair[1] == null || pair[1].isBlank()) {
        continue;
      }
      try {
        page.selectFirst(pair[1]);
      } catch (Selector.SelectorParseException e) {
        throw new FeedParseException(
            "the " + pair[0] + " selector '" + pair[1] + "' is not valid CSS: " + e.getMessage(),
            e);
      }
    }
  }

  private Document read(byte[] body, ParseContext ctx) throws FeedParseException {
    String base = ctx.baseUri() == null ? "" : ctx.baseUri().toString();
    String charset = null;
    if (ctx.contentType() != null) {
      Matcher m = CHARSET.matcher(ctx.contentType());
      charset = m.find() ? m.group(1) : null;
    }
    try {
      return Jsoup.parse(new ByteArrayInputStream(body), charset, base);
    } catch (IOException | IllegalArgumentException e) {
      throw new FeedParseException("cannot read the page: " + e.getMessage(), e);
    }
  }

  private LocalDate pageDate(Document page, String selector) {
    Element el = first(page, selector);
    if (el == null) {
      return null;
    }
    String raw = el.hasAttr("datetime") ? el.attr("datetime") : el.text();
    return parser.parseDate(raw).orElse(null);
  }

  /** What one item's time element said: a full date-time, a bare time, or nothing usable. */
  private record Stamp(String raw, OffsetDateTime full, LocalTime timeOnly) {}

  private Stamp stamp(Element el, ParseContext ctx) {
    if (el == null) {
      return new Stamp(null, null, null);
    }
    String raw = el.hasAttr("datetime") ? el.attr("datetime") : el.text();
    Optional<LocalTime> time = parser.parseTimeOfDay(raw);
    if (time.isPresent()) {
      return new Stamp(raw, null, time.get());
    }
    return new Stamp(raw, parser.parse(raw, ctx.zone()).orElse(null), null);
  }

  private List<OffsetDateTime> completeTimeOnly(
      List<Stamp> stamps, LocalDate pageDate, ParseContext ctx) {
    List<LocalTime> times = new ArrayList<>();
    for (Stamp s : stamps) {
      if (s.timeOnly() != null) {
        times.add(s.timeOnly());
      }
    }
    List<OffsetDateTime> done =
        TimeOnlyCompleter.complete(
            times, pageDate, ctx.zone(), ctx.fetchedAt(), dates.futureTolerance());
    List<OffsetDateTime> out = new ArrayList<>();
    int k = 0;
    for (Stamp s : stamps) {
      out.add(s.timeOnly() != null ? done.get(k++) : null);
    }
    return out;
  }

  private LiveUpdate update(
      Element item,
      PageSelectors sel,
      Stamp stamp,
      OffsetDateTime completed,
      LocalDate pageDate,
      ParseContext ctx) {
    Set<UpdateFlag> flags = EnumSet.noneOf(UpdateFlag.class);
    ResolvedDate when;
    if (completed != null) {
      when = dates.check(completed, ctx.zone(), ctx.fetchedAt());
      if (pageDate == null && !when.standsIn()) {
        flags.add(UpdateFlag.INFERRED_DATE);
      }
    } else if (stamp.full() != null) {
      when = dates.check(stamp.full(), ctx.zone(), ctx.fetchedAt());
    } else {
      when = dates.resolve(stamp.raw(), ctx.zone(), ctx.fetchedAt());
    }
    flags.addAll(when.flags());

    String base = ctx.baseUri() == null ? "" : ctx.baseUri().toString();
    Element bodyCopy = bodyOf(item, sel.body());
    String author = text(first(item, sel.credit()));
    if (sel.credit() == null && bodyCopy != null) {
      author = CreditSplitter.split(bodyCopy).orElse(null);
    }
    HtmlSanitizer.Cleaned cleaned =
        bodyCopy == null ? null : sanitizer.sanitizeWithText(bodyCopy.html(), base);
    String html = cleaned == null ? null : cleaned.html();
    String text = cleaned == null ? "" : cleaned.text();
    String headline = text(first(item, sel.headline()));
    if (headline == null || headline.isEmpty()) {
      headline = Headlines.derive(text);
      flags.add(UpdateFlag.MISSING_HEADLINE);
    }
    URI permalink = permalink(first(item, sel.link()));
    String id = id(item, permalink, when, headline);
    return new LiveUpdate(
        ctx.source(),
        id,
        when.value(),
        null,
        headline,
        text,
        html == null || html.isEmpty() ? null : html,
        permalink,
        author == null || author.isEmpty() ? null : author,
        List.of(),
        Priority.NORMAL,
        ctx.fetchedAt(),
        flags);
  }

  /** A detached copy of the body element(s), so splitting the credit leaves the page intact. */
  private static Element bodyOf(Element item, String selector) {
    if (selector == null) {
      return null;
    }
    Elements parts = item.select(selector);
    if (parts.isEmpty()) {
      return null;
    }
    Element holder = new Element("div");
    for (Element part : parts) {
      holder.appendChild(part.clone());
    }
    return parts.size() == 1 ? holder.child(0) : holder;
  }

  private static URI permalink(Element link) {
    if (link == null) {
      return null;
    }
    String href = link.hasAttr("href") ? link.absUrl("href") : "";
    if (href.isEmpty()) {
      return null;
    }
    try {
      URI uri = URI.create(href);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The page's own identity for the item where it has one, else a hash of time and headline. */
  private static String id(Element item, URI permalink, ResolvedDate when, String headline) {
    if (permalink != null) {
      return permalink.toString();
    }
    for (String attr : List.of("id", "data-id", "data-post-id", "data-entry-id")) {
      if (!item.attr(attr).isBlank()) {
        return attr + ":" + item.attr(attr).strip();
      }
    }
    return UpdateIds.derived(when.standsIn() ? null : when.value().toInstant(), headline);
  }

  private static Element first(Element scope, String selector) {
    if (selector == null || selector.isBlank()) {
      return null;
    }
    try {
      return scope.selectFirst(selector);
    } catch (Selector.SelectorParseException e) {
      return null;
    }
  }

  private static String text(Element el) {
    return el == null ? null : el.text().strip();
  }
}
