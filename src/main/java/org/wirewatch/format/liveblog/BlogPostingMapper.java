package org.wirewatch.format.liveblog;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.wirewatch.format.Headlines;
import org.wirewatch.format.ItemTimes;
import org.wirewatch.format.Links;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;

/** Maps one BlogPosting/NewsArticle DTO to the domain record. */
final class BlogPostingMapper {
  // A tag or an entity: some publishers put HTML where schema.org wants text.
  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z!/][^>]*>|&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]+\\d*);");

  private final DateTimeParser dates;
  private final HtmlSanitizer sanitizer;

  BlogPostingMapper(DateTimeParser dates, HtmlSanitizer sanitizer) {
    this.dates = dates;
    this.sanitizer = sanitizer;
  }

  LiveUpdate toUpdate(BlogPostingDto dto, ParseContext context) {
    URI base = context.baseUri();
    Set<UpdateFlag> flags = EnumSet.noneOf(UpdateFlag.class);
    ItemTimes times = ItemTimes.read(dto.datePublished(), dto.dateModified(), context, dates);
    flags.addAll(times.flags());

    URI permalink = Links.httpLink(dto.url(), base).orElse(null);
    String body = trimmed(dto.articleBody());
    String html = null;
    String text = "";
    if (body != null && MARKUP.matcher(body).find()) {
      String linkBase =
          permalink != null ? permalink.toString() : base == null ? "" : base.toString();
      HtmlSanitizer.Cleaned cleaned = sanitizer.sanitizeWithText(body, linkBase);
      html = cleaned.html();
      text = cleaned.text();
    } else if (body != null) {
      text = body;
    }

    String headline = trimmed(dto.headline());
    if (headline != null && MARKUP.matcher(headline).find()) {
      headline = trimmed(sanitizer.toPlainText(headline));
    }
    if (headline == null) {
      flags.add(UpdateFlag.MISSING_HEADLINE);
      headline = Headlines.derive(text);
    }

    List<String> tags = distinct(dto.keywords());
    Priority priority =
        tags.stream().anyMatch(t -> t.equalsIgnoreCase("breaking"))
            ? Priority.BREAKING
            : Priority.NORMAL;
    List<String> authors = distinct(dto.authors());
    String author = authors.isEmpty() ? null : String.join(", ", authors);

    String id = trimmed(dto.id());
    if (id == null) {
      id = permalink != null ? permalink.toString() : trimmed(dto.url());
    }
    if (id == null) {
      id = times.derivedId(headline);
    }
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
        flags);
  }

  private static List<String> distinct(List<String> raw) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : raw) {
      String t = trimmed(s);
      if (t != null) {
        out.add(t);
      }
    }
    return new ArrayList<>(out);
  }

  private static String trimmed(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
