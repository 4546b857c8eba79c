package org.wirewatch.format.page;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Splits an agency credit written at the end of a body ("... -- ANI", "... — Reuters", "... (PTI)",
 * "(With inputs from PTI)") off the body, for pages with no separate credit element.
 */
final class CreditSplitter {
  private static final String NAME = "([A-Z][A-Za-z.&']*(?:[ /&,]{1,3}[A-Z][A-Za-z.&']*){0,3})";
  private static final List<Pattern> TRAILING =
      List.of(
          Pattern.compile("\\s*(?:--|—|–|\\s-)\\s*" + NAME + "\\s*\\.?\\s*$"),
          Pattern.compile(
              "\\s*\\(\\s*(?:[Ww]ith inputs from\\s+)?" + NAME + "\\s*\\)\\s*\\.?\\s*$"));
  private static final int MAX_CREDIT = 40;

  private CreditSplitter() {}

  /**
   * Removes a trailing credit from the last text in {@code body}, in place.
   *
   * @return the credit, e.g. "ANI", or empty when the body ends with none
   */
  static Optional<String> split(Element body) {
    TextNode last = lastText(body);
    if (last == null) {
      return Optional.empty();
    }
    String text = last.getWholeText();
    for (Pattern p : TRAILING) {
      Matcher m = p.matcher(text);
      if (m.find() && m.group(1).length() <= MAX_CREDIT) {
        last.text(text.substring(0, m.start()));
        removeEmptyAncestors(last, body);
        return Optional.of(m.group(1).strip());
      }
    }
    return Optional.empty();
  }

  private static TextNode lastText(Node node) {
    for (int i = node.childNodeSize() - 1; i >= 0; i--) {
      Node child = node.childNode(i);
      if (child instanceof TextNode t) {
        if (!t.isBlank()) {
          return t;
        }
      } else {
        TextNode inner = lastText(child);
        if (inner != null) {
          return inner;
        }
        if (child instanceof Element el && !el.normalName().equals("br") && el.hasText()) {
          return null;
        }
      }
    }
    return null;
  }

  /** A credit on a line of its own leaves an empty paragraph behind: drop it. */
  private static void removeEmptyAncestors(TextNode emptied, Element stop) {
    if (!emptied.isBlank()) {
      return;
    }
    Node parent = emptied.parent();
    emptied.remove();
    while (parent instanceof Element el
        && el != stop
        && !el.hasText()
        && el.select("img").isEmpty()) {
      Node up = el.parent();
      el.remove();
      parent = up;
    }
  }
}
