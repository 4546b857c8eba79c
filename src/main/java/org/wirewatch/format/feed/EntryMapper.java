package org.wirewatch.format.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.wirewatch.format.Headlines;
import org.wirewatch.format.Links;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateSanity;
import org.wirewatch.format.time.DateSanity.ResolvedDate;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.UpdateFlag;
import org.wirewatch.model.UpdateIds;

/** Maps one Rome entry (and, when found, its XML element) to a {@link LiveUpdate}. */
final class EntryMapper {
  private static final String[] PUBLISHED = {"pubDate", "published", "issued", "created", "date"};
  private static final String[] UPDATED = {"updated", "modified"};
  private static final Pattern EMAIL_THEN_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");
  private static final Pattern NAME_THEN_EMAIL =
      Pattern.compile("^(.+?)\\s*\\((?:mailto:)?\\S+@\\S+\\)$");

  private final HtmlSanitizer sanitizer;
  private final DateSanity dates;

  EntryMapper(HtmlSanitizer sanitizer, DateSanity dates) {
    this.sanitizer = sanitizer;
    this.dates = dates;
  }

  LiveUpdate map(SyndEntry entry, Element element, FeedDefaults defaults, ParseContext ctx) {
    URI linkBase = LinkBase.of(element, defaults.site(), ctx.baseUri());
    String base = linkBase == null ? "" : linkBase.toString();
    Set<UpdateFlag> flags = EnumSet.noneOf(UpdateFlag.class);

    ResolvedDate published = published(entry, element, ctx);
    flags.addAll(published.flags());
    OffsetDateTime updated = updated(entry, element, ctx, published);

    Body body = body(entry, element, base);
    String headline = headline(entry.getTitleEx(), entry.getTitle());
    Element rawTitle = element == null ? null : FeedDocument.child(element, "title");
    if (rawTitle != null && (headline.isEmpty() || !rawTitle.getChildren().isEmpty())) {
      headline = collapse(rawTitle.getValue());
    }
    URI permalink = permalink(entry, element, linkBase);
    if (headline.isEmpty()) {
      headline = Headlines.derive(body.text());
      if (headline.isEmpty() && permalink != null) {
        headline = permalink.toString();
      }
      flags.add(UpdateFlag.MISSING_HEADLINE);
    }
    String id = firstNonBlank(entry.getUri(), permalink == null ? null : permalink.toString());
    if (id == null) {
      id = UpdateIds.derived(published.standsIn() ? null : published.value().toInstant(), headline);
    }
    return new LiveUpdate(
        ctx.source(),
        id,
        published.value(),
        updated,
        headline,
        body.text(),
        body.html(),
        permalink,
        author(entry, element, defaults),
        tags(entry, element, defaults),
        Priority.NORMAL,
        ctx.fetchedAt(),
        flags);
  }

  private ResolvedDate published(SyndEntry entry, Element element, ParseContext ctx) {
    if (element != null) {
      String raw = FeedDocument.firstText(element, PUBLISHED);
      if (raw == null) {
        raw = FeedDocument.firstText(element, UPDATED);
      }
      return dates.resolve(raw, ctx.zone(), ctx.fetchedAt());
    }
    // the XML could not be matched to Rome's entries: fall back on Rome's offset-less dates
    Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (d == null) {
      return dates.resolve(null, ctx.zone(), ctx.fetchedAt());
    }
    return dates.check(
        d.toInstant().atZone(ctx.zone()).toOffsetDateTime(), ctx.zone(), ctx.fetchedAt());
  }

  private OffsetDateTime updated(
      SyndEntry entry, Element element, ParseContext ctx, ResolvedDate published) {
    OffsetDateTime updated = null;
    if (element != null) {
      String raw = FeedDocument.firstText(element, UPDATED);
      updated = raw == null ? null : dates.parser().parse(raw, ctx.zone()).orElse(null);
    } else if (entry.getUpdatedDate() != null) {
      updated = entry.getUpdatedDate().toInstant().atZone(ctx.zone()).toOffsetDateTime();
    }
    if (updated == null
        || published.standsIn()
        || dates.isBeyondTolerance(updated, ctx.fetchedAt())
        || updated.toInstant().equals(published.value().toInstant())) {
      return null;
    }
    return updated;
  }

  /** Full content for the HTML, the summary for the plain text, as a crawl wants it short. */
  private Body body(SyndEntry entry, Element element, String base) {
    SyndContent content = null;
    for (SyndContent c : entry.getContents()) {
      if (c != null && c.getValue() != null && !c.getValue().isBlank()) {
        content = decoded(c);
        break;
      }
    }
    if (content == null && element != null) {
      content = rawContent(element);
    }
    SyndContent summary = entry.getDescription();
    if (summary != null && (summary.getValue() == null || summary.getValue().isBlank())) {
      summary = null;
    }
    if (summary == null && element != null) {
      // itunes:summary when a podcast-style item has no description
      String description = FeedDocument.firstText(element, "description", "summary");
      summary = description == null ? null : html(description);
    } else if (summary != null) {
      summary = decoded(summary);
    }
    SyndContent full = content != null ? content : summary;
    String html = null;
    if (full != null && isHtml(full)) {
      html = sanitizer.sanitize(full.getValue(), base);
    }
    html = withEnclosedImages(html, entry.getEnclosures(), base);
    SyndContent forText = summary != null ? summary : content;
    String text = "";
    if (forText != null) {
      text =
          isHtml(forText)
              ? sanitizer.toPlainText(forText.getValue())
              : collapse(forText.getValue());
    } else if (html != null) {
      text = sanitizer.toPlainText(html);
    }
    return new Body(text, html == null || html.isEmpty() ? null : html);
  }

  /** RSS extensions Rome ignores: {@code <fullitem>} and {@code <xhtml:body>}. */
  private static SyndContent rawContent(Element element) {
    String full = FeedDocument.firstText(element, "fullitem");
    if (full != null) {
      return html(full);
    }
    Element content = FeedDocument.child(element, "content");
    if (content != null && !content.getChildren().isEmpty() && !content.getValue().isBlank()) {
      // type="html" with the markup wrapped in an element: its text is the HTML
      return html(content.getValue());
    }
    Element body = FeedDocument.child(element, "body");
    if (body != null && !body.getChildren().isEmpty()) {
      XMLOutputter out = new XMLOutputter(Format.getCompactFormat().setOmitDeclaration(true));
      return html(out.outputString(body.getContent()));
    }
    return null;
  }

  private static SyndContent html(String value) {
    SyndContentImpl c = new SyndContentImpl();
    c.setType("html");
    c.setValue(value);
    return c;
  }

  /**
   * Atom content with a binary media type is base64 (RFC 4287 4.1.3.3); feeds use it for HTML that
   * must survive intermediaries.
   */
  private static SyndContent decoded(SyndContent c) {
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (!type.contains("/") || type.startsWith("text/") || type.contains("xml")) {
      return c;
    }
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(c.getValue().strip());
      return html(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notBase64) {
      return c;
    }
  }

  /**
   * Image enclosures are often a wire item's only picture: append them as images unless the body
   * already shows them. Other enclosures (audio, video) are not shown.
   */
  private String withEnclosedImages(String html, List<SyndEnclosure> enclosures, String base) {
    StringBuilder images = new StringBuilder();
    for (SyndEnclosure e : enclosures) {
      String type = e.getType() == null ? "" : e.getType().toLowerCase(Locale.ROOT);
      String url = e.getUrl();
      if (type.startsWith("image/") && url != null && (html == null || !html.contains(url))) {
        images.append("<p><img src=\"").append(escapeAttribute(url)).append("\"></p>");
      }
    }
    if (images.length() == 0) {
      return html;
    }
    String extra = sanitizer.sanitize(images.toString(), base);
    return html == null ? extra : html + extra;
  }

  String headline(SyndContent titleEx, String title) {
    if (title == null || title.isBlank()) {
      return "";
    }
    if (titleEx != null && titleEx.getValue() != null) {
      SyndContent d = decoded(titleEx);
      if (d != titleEx) {
        return sanitizer.toPlainText(d.getValue());
      }
    }
    String type = titleEx == null || titleEx.getType() == null ? "" : titleEx.getType();
    if (type.equals("text") || type.equals("text/plain")) {
      return collapse(title);
    }
    return sanitizer.toPlainText(title);
  }

  private static boolean isHtml(SyndContent c) {
    String type = c.getType() == null ? "html" : c.getType().toLowerCase(Locale.ROOT);
    return !(type.equals("text") || type.equals("text/plain"));
  }

  private static String author(SyndEntry entry, Element element, FeedDefaults defaults) {
    String author = names(entry.getAuthors());
    if (author == null && entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
      author = personName(entry.getAuthor());
    }
    if (author == null && element != null) {
      author = atomAuthorInRss(element);
    }
    if (author == null && element != null) {
      String raw = FeedDocument.firstText(element, "creator", "author");
      author = raw == null ? null : personName(raw);
    }
    return author != null ? author : defaults.author();
  }

  /** An {@code atom:author} inside an RSS item, which Rome does not read. */
  private static String atomAuthorInRss(Element element) {
    for (Element child :
        element.getChildren("author", Namespace.getNamespace(FeedDocument.ATOM_10))) {
      String name = FeedDocument.firstText(child, "name");
      if (name != null) {
        return personName(name);
      }
    }
    return null;
  }

  /** The names of {@code people} joined with commas, or null when there are none. */
  static String names(List<SyndPerson> people) {
    List<String> names = new ArrayList<>();
    for (SyndPerson p : people) {
      String name = FeedDefaults.nameOf(p);
      if (name != null && !name.isBlank() && !names.contains(personName(name))) {
        names.add(personName(name));
      }
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  /** "me@example.com (Jane Doe)" and "Jane Doe (me@example.com)" are both Jane Doe. */
  static String personName(String raw) {
    String s = collapse(raw);
    Matcher emailFirst = EMAIL_THEN_NAME.matcher(s);
    if (emailFirst.matches()) {
      return emailFirst.group(1).strip();
    }
    Matcher nameFirst = NAME_THEN_EMAIL.matcher(s);
    if (nameFirst.matches()) {
      return nameFirst.group(1).strip();
    }
    return s;
  }

  private static List<String> tags(SyndEntry entry, Element element, FeedDefaults defaults) {
    List<String> tags = element == null ? new ArrayList<>() : Categories.of(element);
    if (element != null) {
      return tags.isEmpty() ? defaults.tags() : tags;
    }
    for (SyndCategory c : entry.getCategories()) {
      if (c.getName() != null && !c.getName().isBlank() && !tags.contains(c.getName().strip())) {
        tags.add(c.getName().strip());
      }
    }
    return tags.isEmpty() ? defaults.tags() : tags;
  }

  /**
   * Rome falls back on the GUID when an item has no link; a GUID that is not itself an absolute URL
   * ("1559104147038") is an id, not a relative link.
   */
  private static URI permalink(SyndEntry entry, Element element, URI base) {
    if (element != null) {
      // FeedBurner rewrites links to its redirector and keeps the article's own in origLink
      URI original = webUri(FeedDocument.firstText(element, "origLink"), base);
      if (original != null) {
        return original;
      }
    }
    String link = entry.getLink();
    boolean written =
        element != null
            && (FeedDocument.alternateLink(element) != null
                || FeedDocument.firstText(element, "link") != null);
    if (link != null && link.equals(entry.getUri()) && !written) {
      return webUri(link, null); // Rome's fallback on the GUID: an id, not a relative link
    }
    URI uri = webUri(link, base);
    if (uri == null && element != null) {
      uri = webUri(FeedDocument.alternateLink(element), base);
      boolean atomEntry =
          FeedDocument.ATOM_10.equals(element.getNamespaceURI())
              || FeedDocument.ATOM_03.equals(element.getNamespaceURI());
      if (uri == null && atomEntry && entry.getUri() != null) {
        // an Atom entry with no link whose id is a web address: that address is its page
        uri = webUri(entry.getUri(), null);
      }
    }
    return uri;
  }

  /** An absolute http(s) URI, resolved against the document's URL; null for anything else. */
  static URI webUri(String raw, URI base) {
    return Links.httpLink(raw, base).orElse(null);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String collapse(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static String escapeAttribute(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }

  private record Body(String text, String html) {}
}
