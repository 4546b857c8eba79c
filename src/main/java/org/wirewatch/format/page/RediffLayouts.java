package org.wirewatch.format.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Rediff's other live layouts, rewritten into the preset's own markup ({@code div.lb_item} with
 * {@code .lb_time}, {@code .lb_title}, {@code .lb_content}; {@code .lb_date} for the page date) so
 * that one reader handles all three:
 *
 * <ul>
 *   <li>the older live-updates page: one column of blocks where each update starts with a block
 *       reading "23:44 Headline" and its body is the blocks up to the next such one;
 *   <li>a page that is one update only: a headline, the page date, one time stamp standing alone,
 *       then the body (ending in a credit such as "-- ANI"); its own address is the update's.
 * </ul>
 *
 * Both stop at the page's furniture ("TOP STORIES", footers, navigation).
 */
final class RediffLayouts {
  private static final Pattern STAMPED_HEADLINE =
      Pattern.compile("^(\\d{1,2}[:.]\\d{2})(?:\\s*(?:IST|hrs))?\\s+(\\S.{2,250})$");
  private static final Pattern STAMP_ALONE =
      Pattern.compile("^(\\d{1,2}[:.]\\d{2})(?:\\s*(?:IST|hrs))?$");
  private static final Pattern PAGE_DATE =
      Pattern.compile(
          "^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?\\d{1,2}\\s+[A-Z][a-z]+,?\\s+\\d{4}$");
  private static final Pattern STOP =
      Pattern.compile(
          "^(?:TOP STORIES|MORE LIVE UPDATES|ALSO READ|MORE NEWS|RELATED|rediff on the net).*",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "li", "td", "blockquote", "section");
  private static final Set<String> FURNITURE = Set.of("nav", "footer", "header", "aside", "form");
  private static final Pattern FURNITURE_CLASS =
      Pattern.compile(
          "(?i)(^|[\\s_-])(nav|menu|footer|header|share|social|top_?stories|ad)($|[\\s_-])");

  private RediffLayouts() {}

  /** The page rewritten into the preset's layout, or empty when it is neither other layout. */
  static Optional<Document> rewrite(Document page) {
    List<Element> blocks = blocks(page);
    String date = null;
    for (Element b : blocks) {
      if (PAGE_DATE.matcher(b.text().strip()).matches()) {
        date = b.text().strip();
        break;
      }
    }
    Document out = Document.createShell(page.location());
    out.title(page.title());
    if (date != null) {
      out.body().appendElement("div").addClass("lb_date").text(date);
    }
    boolean found = older(blocks, out) || single(page, blocks, out);
    return found ? Optional.of(out) : Optional.empty();
  }

  private static boolean older(List<Element> blocks, Document out) {
    Element item = null;
    Element content = null;
    int count = 0;
    for (Element b : blocks) {
      String text = b.text().strip();
      if (STOP.matcher(text).matches()) {
        break;
      }
      Matcher m = STAMPED_HEADLINE.matcher(text);
      if (m.matches()) {
        item = out.body().appendElement("div").addClass("lb_item");
        item.appendElement("span").addClass("lb_time").text(m.group(1).replace('.', ':'));
        item.appendElement("h2").addClass("lb_title").text(m.group(2).strip());
        content = item.appendElement("div").addClass("lb_content");
        count++;
      } else if (content != null && !text.isEmpty()) {
        content.appendChild(b.clone());
      }
    }
    return count > 0;
  }

  private static boolean single(Document page, List<Element> blocks, Document out) {
    int stampAt = -1;
    for (int i = 0; i < blocks.size(); i++) {
      if (STAMP_ALONE.matcher(blocks.get(i).text().strip()).matches()) {
        stampAt = i;
        break;
      }
    }
    if (stampAt < 0) {
      return false;
    }
    Element h1 = page.selectFirst("h1");
    String headline = h1 != null ? h1.text().strip() : null;
    if (headline == null || headline.isEmpty()) {
      headline = page.title().strip();
    }
    Element item = out.body().appendElement("div").addClass("lb_item");
    item.appendElement("span")
        .addClass("lb_time")
        .text(blocks.get(stampAt).text().strip().replace('.', ':'));
    item.appendElement("h2").addClass("lb_title").text(headline);
    Element content = item.appendElement("div").addClass("lb_content");
    for (int i = stampAt + 1; i < blocks.size(); i++) {
      String text = blocks.get(i).text().strip();
      if (STOP.matcher(text).matches() || STAMP_ALONE.matcher(text).matches()) {
        break;
      }
      if (!text.isEmpty()) {
        content.appendChild(blocks.get(i).clone());
      }
    }
    if (!page.location().isEmpty()) {
      item.appendElement("a").addClass("lb_link").attr("href", page.location());
    }
    return !content.children().isEmpty();
  }

  /** Leaf blocks of the page's content, in order, outside navigation, headers and footers. */
  private static List<Element> blocks(Document page) {
    List<Element> all = page.body().getAllElements();
    // One pass up from each block marks the blocks that contain another; a walk stops at the first
    // ancestor already marked, so a large page costs about one visit per element.
    java.util.Set<Element> containsBlock =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Element el : all) {
      if (BLOCKS.contains(el.normalName())) {
        Element up = el.parent();
        while (up != null && containsBlock.add(up)) {
          up = up.parent();
        }
      }
    }
    List<Element> out = new ArrayList<>();
    for (Element el : all) {
      if (BLOCKS.contains(el.normalName()) && !containsBlock.contains(el) && !inFurniture(el)) {
        out.add(el);
      }
    }
    return out;
  }

  private static boolean inFurniture(Element el) {
    for (Element e = el; e != null; e = e.parent()) {
      if (FURNITURE.contains(e.normalName())
          || FURNITURE_CLASS.matcher(e.className().toLowerCase(Locale.ROOT)).find()
          || FURNITURE_CLASS.matcher(e.id().toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return false;
  }
}
