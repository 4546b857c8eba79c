package org.wirewatch.format.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recoverable slips real feeds make, repaired as feed readers do (feedparser's "bozo" documents
 * are read, not refused), each named so the source's status can say what was repaired. Applied only
 * after a strict parse failed, and never to entity declarations: the parser that reads the result
 * keeps every XXE and expansion limit.
 */
final class XmlRepairs {
  /** The text after repair and what was repaired, in words; no repairs when nothing changed. */
  record Result(String xml, List<String> repairs) {
    Result {
      repairs = List.copyOf(repairs);
    }
  }

  // XML 1.0 forbids these anywhere, even as character references.
  private static final Pattern CONTROL =
      Pattern.compile(
          "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]|&#(?:x0*[0-8bBcCeEfF]|x0*1[0-9a-fA-F]|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));");
  private static final Pattern UPPERCASE_HEX_REFERENCE = Pattern.compile("&#X([0-9A-Fa-f]+);");
  private static final Pattern UNDEFINED_ENTITY =
      Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9A-Fa-f]+);)([A-Za-z][\\w.-]*);");
  private static final Pattern STRAY_AMPERSAND =
      Pattern.compile("&(?![A-Za-z][\\w.-]*;|#\\d+;|#x[0-9A-Fa-f]+;)");
  private static final Pattern UNCLOSED_LAST_TAG = Pattern.compile("</([\\w:.-]+)\\s*$");
  private static final Pattern PREFIXED_NAME =
      Pattern.compile(
          "</?([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*|\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
  private static final Pattern DECLARED_PREFIX = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
  private static final Pattern ROOT_START = Pattern.compile("<(?![?!])[A-Za-z_][\\w:.-]*");
  private static final Pattern TOKEN =
      Pattern.compile(
          "<!--.*?-->|<!\\[CDATA\\[.*?]]>|<\\?.*?\\?>|<![^>]*>"
              + "|</\\s*([A-Za-z_][\\w:.-]*)\\s*>|<([A-Za-z_][\\w:.-]*)(?:\\s[^>]*?)?(/?)>",
          Pattern.DOTALL);
  private static final Map<String, String> WELL_KNOWN = new LinkedHashMap<>();

  static {
    WELL_KNOWN.put("content", "http://purl.org/rss/1.0/modules/content/");
    WELL_KNOWN.put("dc", "http://purl.org/dc/elements/1.1/");
    WELL_KNOWN.put("dcterms", "http://purl.org/dc/terms/");
    WELL_KNOWN.put("media", "http://search.yahoo.com/mrss/");
    WELL_KNOWN.put("atom", "http://www.w3.org/2005/Atom");
    WELL_KNOWN.put("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");
    WELL_KNOWN.put("slash", "http://purl.org/rss/1.0/modules/slash/");
    WELL_KNOWN.put("wfw", "http://wellformedweb.org/CommentAPI/");
    WELL_KNOWN.put("sy", "http://purl.org/rss/1.0/modules/syndication/");
    WELL_KNOWN.put("georss", "http://www.georss.org/georss");
    WELL_KNOWN.put("feedburner", "http://rssnamespace.org/feedburner/ext/1.0");
    WELL_KNOWN.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
  }

  private XmlRepairs() {}

  static Result repair(String xml) {
    boolean hasDtd = xml.contains("<!DOCTYPE");
    Steps steps = new Steps(xml);
    steps.apply(
        t -> CONTROL.matcher(t).replaceAll(""), "removed control characters XML does not allow");
    steps.apply(
        t -> UPPERCASE_HEX_REFERENCE.matcher(t).replaceAll("&#x$1;"),
        "read &#X… references as &#x…");
    if (!hasDtd) {
      // Without a DTD nothing declares &nbsp; and friends: show them as text, as readers do.
      steps.apply(
          t -> UNDEFINED_ENTITY.matcher(t).replaceAll("&amp;$1;"),
          "kept undeclared entities as text");
    }
    steps.apply(t -> STRAY_AMPERSAND.matcher(t).replaceAll("&amp;"), "escaped a bare &");
    steps.apply(
        XmlRepairs::declarePrefixes,
        "declared namespace prefixes the feed uses but never declares");
    if (!hasDtd) {
      steps.apply(XmlRepairs::balance, "dropped or closed mismatched tags");
    }
    steps.apply(XmlRepairs::closeLastTag, "closed the last end tag");
    return new Result(steps.text, steps.repairs);
  }

  /** The text as repaired so far, and the repairs that changed it, in order. */
  private static final class Steps {
    private String text;
    private final List<String> repairs = new ArrayList<>();

    Steps(String text) {
      this.text = text;
    }

    void apply(java.util.function.UnaryOperator<String> step, String description) {
      String next = step.apply(text);
      if (!next.equals(text)) {
        repairs.add(description);
        text = next;
      }
    }
  }

  private static String closeLastTag(String xml) {
    Matcher unclosed = UNCLOSED_LAST_TAG.matcher(xml);
    return unclosed.find() ? xml.substring(0, unclosed.end()).stripTrailing() + ">" : xml;
  }

  /**
   * Drops an end tag that closes nothing open (a stray {@code </content>}) and closes elements left
   * open inside one that ends, as an HTML parser would; comments, CDATA and PIs are left alone.
   */
  private static String balance(String xml) {
    Matcher m = TOKEN.matcher(xml);
    Deque<String> open = new ArrayDeque<>();
    StringBuilder out = new StringBuilder(xml.length() + 64);
    int last = 0;
    while (m.find()) {
      String end = m.group(1);
      String start = m.group(2);
      if (end != null) {
        if (!open.contains(end)) {
          out.append(xml, last, m.start());
          last = m.end();
          continue;
        }
        out.append(xml, last, m.start());
        while (!open.peek().equals(end)) {
          out.append("</").append(open.pop()).append('>');
        }
        open.pop();
        out.append(m.group());
        last = m.end();
      } else if (start != null && m.group(3).isEmpty()) {
        open.push(start);
      }
    }
    out.append(xml, last, xml.length());
    return out.toString();
  }

  /** Declares, on the root element, every prefix used in a name but declared nowhere. */
  private static String declarePrefixes(String xml) {
    Set<String> used = new LinkedHashSet<>();
    Matcher m = PREFIXED_NAME.matcher(xml);
    while (m.find()) {
      String prefix = m.group(1) != null ? m.group(1) : m.group(2);
      if (!prefix.equals("xml") && !prefix.equals("xmlns")) {
        used.add(prefix);
      }
    }
    Matcher d = DECLARED_PREFIX.matcher(xml);
    while (d.find()) {
      used.remove(d.group(1));
    }
    if (used.isEmpty()) {
      return xml;
    }
    Matcher root = ROOT_START.matcher(xml);
    if (!root.find()) {
      return xml;
    }
    StringBuilder decls = new StringBuilder();
    for (String prefix : used) {
      String uri = WELL_KNOWN.getOrDefault(prefix, "urn:wirewatch:undeclared:" + prefix);
      decls.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
    }
    return xml.substring(0, root.end()) + decls + xml.substring(root.end());
  }
}
