package org.wirewatch.format.liveblog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The items a page marks up with HTML microdata ({@code itemscope}, {@code itemtype}, {@code
 * itemprop}, {@code itemid}, {@code itemref}) or RDFa Lite ({@code typeof}, {@code property},
 * {@code resource}, {@code vocab}), read by the WHATWG microdata rules: an item's properties are
 * found among its descendants and the elements its {@code itemref} names, not inside nested items;
 * a property's value is a nested item, a {@code content}, {@code datetime}, {@code value}, a link
 * attribute resolved against the page, or the element's text.
 *
 * <p>Vocabulary prefixes are dropped ({@code schema:headline}, {@code https://schema.org/headline}
 * and {@code headline} are one name): only schema.org's names are looked for.
 */
final class PageItems {
  /** A property value that is not an item: its text and, for an element with markup, its HTML. */
  record Value(String text, String html) {}

  /** One item: its types (local names), its id, and its properties in document order. */
  record Item(List<String> types, String id, Map<String, List<Object>> properties) {
    boolean is(String type) {
      return types.contains(type);
    }

    List<Object> all(String name) {
      return properties.getOrDefault(name, List.of());
    }

    /** The first value of {@code name} that is text (not an item), or {@code null}. */
    Value value(String name) {
      for (Object o : all(name)) {
        if (o instanceof Value v) {
          return v;
        }
      }
      return null;
    }

    /** The first of {@code names} with a non-blank text value, as text. */
    String text(String... names) {
      for (String name : names) {
        Value v = value(name);
        if (v != null && !v.text().isBlank()) {
          return v.text().strip();
        }
      }
      return null;
    }
  }

  private enum Syntax {
    MICRODATA("itemscope", "itemtype", "itemprop", "itemid"),
    RDFA("typeof", "typeof", "property", "resource");

    final String scope;
    final String type;
    final String prop;
    final String id;

    Syntax(String scope, String type, String prop, String id) {
      this.scope = scope;
      this.type = type;
      this.prop = prop;
      this.id = id;
    }
  }

  private static final Set<String> SRC_ELEMENTS =
      Set.of("audio", "embed", "iframe", "img", "source", "track", "video");
  private static final Set<String> HREF_ELEMENTS = Set.of("a", "area", "link");
  // A page could nest items without end; a live blog needs three levels (blog, update, author).
  private static final int MAX_DEPTH = 8;

  private PageItems() {}

  /**
   * The items of type {@code type} (a schema.org local name) on the page, nested ones included, in
   * document order. Only their scopes are walked, not every item a page marks up.
   */
  static List<Item> ofType(Document page, String type) {
    List<Item> out = new ArrayList<>();
    for (Syntax syntax : Syntax.values()) {
      String selector = "[" + syntax.scope + "][" + syntax.type + "*=" + type + "]";
      for (Element el : page.select(selector)) {
        Item item = read(el, syntax, page, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (item.is(type)) {
          out.add(item);
        }
      }
    }
    return out;
  }

  private static Item read(
      Element root, Syntax syntax, Document page, int depth, Set<Element> inProgress) {
    List<String> types = new ArrayList<>();
    for (String t : root.attr(syntax.type).trim().split("\\s+")) {
      if (!t.isEmpty()) {
        types.add(localName(t));
      }
    }
    String id = root.hasAttr(syntax.id) ? root.absUrl(syntax.id) : null;
    if (id != null && id.isEmpty()) {
      id = root.attr(syntax.id).strip();
    }
    Map<String, List<Object>> props = new LinkedHashMap<>();
    if (depth > MAX_DEPTH || !inProgress.add(root)) {
      return new Item(types, id, props); // a cycle through itemref, or absurd nesting
    }
    Deque<Element> pending = new ArrayDeque<>(root.children());
    if (syntax == Syntax.MICRODATA) {
      for (String ref : root.attr("itemref").trim().split("\\s+")) {
        Element target = ref.isEmpty() ? null : page.getElementById(ref);
        if (target != null) {
          pending.add(target);
        }
      }
    }
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    while (!pending.isEmpty()) {
      Element el = pending.poll();
      if (!seen.add(el) || el == root) {
        continue;
      }
      if (el.hasAttr(syntax.prop)) {
        Object value =
            el.hasAttr(syntax.scope)
                ? read(el, syntax, page, depth + 1, inProgress)
                : value(el, syntax);
        for (String name : el.attr(syntax.prop).trim().split("\\s+")) {
          if (!name.isEmpty()) {
            props.computeIfAbsent(localName(name), k -> new ArrayList<>()).add(value);
          }
        }
      }
      if (!el.hasAttr(syntax.scope)) {
        // Children first, in document order: properties keep the page's order.
        List<Element> kids = el.children();
        for (int i = kids.size() - 1; i >= 0; i--) {
          pending.push(kids.get(i));
        }
      }
    }
    inProgress.remove(root);
    return new Item(types, id, props);
  }

  private static Value value(Element el, Syntax syntax) {
    String tag = el.normalName();
    if (el.hasAttr("content") && (syntax == Syntax.RDFA || tag.equals("meta"))) {
      return plain(el.attr("content"));
    }
    if (syntax == Syntax.RDFA) {
      for (String attr : new String[] {"resource", "href", "src"}) {
        if (el.hasAttr(attr)) {
          return plain(el.absUrl(attr).isEmpty() ? el.attr(attr) : el.absUrl(attr));
        }
      }
    } else if (SRC_ELEMENTS.contains(tag)) {
      return plain(el.absUrl("src"));
    } else if (HREF_ELEMENTS.contains(tag)) {
      return plain(el.absUrl("href"));
    } else if (tag.equals("object")) {
      return plain(el.absUrl("data"));
    } else if ((tag.equals("data") || tag.equals("meter")) && el.hasAttr("value")) {
      return plain(el.attr("value"));
    }
    if (tag.equals("time") && el.hasAttr("datetime")) {
      return plain(el.attr("datetime"));
    }
    String text = el.wholeText().replaceAll("\\s+", " ").strip();
    return new Value(text, el.children().isEmpty() ? null : el.html());
  }

  private static Value plain(String text) {
    return new Value(text == null ? "" : text.strip(), null);
  }

  /** "https://schema.org/BlogPosting", "schema:BlogPosting", "BlogPosting" → "BlogPosting". */
  static String localName(String name) {
    String n = name.strip();
    int cut = Math.max(n.lastIndexOf('/'), Math.max(n.lastIndexOf('#'), n.lastIndexOf(':')));
    String local = cut >= 0 ? n.substring(cut + 1) : n;
    return local.isEmpty() ? n.toLowerCase(Locale.ROOT) : local;
  }
}
