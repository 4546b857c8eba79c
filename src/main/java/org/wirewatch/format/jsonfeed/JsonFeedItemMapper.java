package org.wirewatch.format.jsonfeed;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.parser.Parser;
import org.wirewatch.format.Headlines;
import org.wirewatch.format.ItemTimes;
import org.wirewatch.format.Links;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Origin;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;

/** Maps one JSON Feed item DTO to the domain record. */
final class JsonFeedItemMapper {
  /** The longest origin id or name kept, in chars. */
  static final int ORIGIN_MAX = 120;

  private static final java.util.regex.Pattern CONTROL_OR_SPACE =
      java.util.regex.Pattern.compile("[\\p{Cntrl}\\s]+");

  /** What items inherit from the feed: the base for links and the feed-level author. */
  record Feed(URI base, String author) {}

  private final DateTimeParser dates;
  private final HtmlSanitizer sanitizer;

  JsonFeedItemMapper(DateTimeParser dates, HtmlSanitizer sanitizer) {
    this.dates = dates;
    this.sanitizer = sanitizer;
  }

  /** The item's own id, else its URL; empty when it has neither. */
  Optional<String> explicitId(JsonFeedItem item, Feed feed) {
    String id = trimmed(item.id());
    if (id != null) {
      return Optional.of(id);
    }
    String url = trimmed(item.url());
    if (url == null) {
      return Optional.empty();
    }
    return Optional.of(Links.httpLink(url, feed.base()).map(URI::toString).orElse(url));
  }

  LiveUpdate toUpdate(
      JsonFeedItem item, Feed feed, ParseContext context, List<String> problems, String where) {
    Set<UpdateFlag> flags = EnumSet.noneOf(UpdateFlag.class);
    ItemTimes times = ItemTimes.read(item.datePublished(), item.dateModified(), context, dates);
    flags.addAll(times.flags());

    URI permalink = Links.httpLink(item.url(), feed.base()).orElse(null);
    if (permalink == null) {
      permalink = Links.httpLink(item.externalUrl(), feed.base()).orElse(null);
    }
    String html = null;
    String text = trimmed(item.contentText());
    if (trimmed(item.contentHtml()) != null) {
      URI htmlBase = permalink != null ? permalink : feed.base();
      String base = htmlBase == null ? "" : htmlBase.toString();
      if (text == null) {
        // the text of the cleaned tree: one parse, not a second one of the sanitized HTML
        HtmlSanitizer.Cleaned cleaned = sanitizer.sanitizeWithText(item.contentHtml(), base);
        html = cleaned.html();
        text = trimmed(cleaned.text());
      } else {
        html = sanitizer.sanitize(item.contentHtml(), base);
      }
    }
    if (text == null) {
      text = trimmed(item.summary());
    }

    // Titles are plain text, but publishers often escape them as HTML ("Task &amp; Sub Tasks").
    String title =
        trimmed(item.title() == null ? null : Parser.unescapeEntities(item.title(), false));
    if (title == null) {
      flags.add(UpdateFlag.MISSING_HEADLINE);
    }
    String headline =
        title != null ? title : Headlines.derive(firstOf(trimmed(item.summary()), text, permalink));

    String author = names(item.authors(), item.author());
    if (author == null) {
      author = feed.author();
    }
    List<String> tags = tags(item.tags());
    Priority priority = priority(item, tags, problems, where);

    String id = explicitId(item, feed).orElseGet(() -> times.derivedId(headline));
    return new LiveUpdate(
        context.source(),
        id,
        times.published(),
        times.updated(),
        headline,
        text,
        html,
        permalink,
        author,
        tags,
        priority,
        context.fetchedAt(),
        flags,
        origin(item.wirewatch()));
  }

  /** A relay's name for where it read the item; bounded, as it is shown wherever names are. */
  private static Origin origin(WirewatchExtension ext) {
    if (ext == null) {
      return null;
    }
    return Origin.ofNullable(bounded(ext.sourceId()), bounded(ext.source()));
  }

  private static String bounded(String raw) {
    String t = trimmed(raw);
    if (t == null) {
      return null;
    }
    t = CONTROL_OR_SPACE.matcher(t).replaceAll(" ").strip();
    if (t.length() <= ORIGIN_MAX) {
      return t;
    }
    int end = Character.isHighSurrogate(t.charAt(ORIGIN_MAX - 1)) ? ORIGIN_MAX - 1 : ORIGIN_MAX;
    return t.substring(0, end).strip();
  }

  /** 1.1 {@code authors} when present, else 1.0 {@code author}; names joined with ", ". */
  static String names(List<JsonFeedAuthor> authors, JsonFeedAuthor author) {
    Set<String> names = new LinkedHashSet<>();
    if (authors != null) {
      for (JsonFeedAuthor a : authors) {
        if (a != null && trimmed(a.name()) != null) {
          names.add(trimmed(a.name()));
        }
      }
    }
    if (names.isEmpty() && author != null && trimmed(author.name()) != null) {
      names.add(trimmed(author.name()));
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static List<String> tags(List<String> raw) {
    List<String> out = new ArrayList<>();
    if (raw != null) {
      for (String t : raw) {
        String tag = trimmed(t);
        if (tag != null && !out.contains(tag)) {
          out.add(tag);
        }
      }
    }
    return out;
  }

  private static Priority priority(
      JsonFeedItem item, List<String> tags, List<String> problems, String where) {
    String wanted = item.wirewatch() == null ? null : trimmed(item.wirewatch().priority());
    if (wanted != null) {
      switch (wanted.toLowerCase(Locale.ROOT)) {
        case "breaking":
          return Priority.BREAKING;
        case "pinned":
          return Priority.PINNED;
        case "normal":
          return Priority.NORMAL;
        default:
          problems.add(
              "item "
                  + where
                  + " has unknown _wirewatch.priority \""
                  + wanted
                  + "\"; use breaking, pinned or normal");
      }
    }
    boolean breaking = tags.stream().anyMatch(t -> t.equalsIgnoreCase("breaking"));
    return breaking ? Priority.BREAKING : Priority.NORMAL;
  }

  // A summary is meant to describe the item, so it makes a better headline than the body.
  private static String firstOf(String summary, String text, URI permalink) {
    if (summary != null) {
      return summary;
    }
    if (text != null) {
      return text;
    }
    return permalink != null ? permalink.toString() : "";
  }

  private static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
