package org.wirewatch.format.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;

/**
 * What Wirewatch reads from the XML itself rather than from Rome: the item elements in document
 * order (to recover raw date strings, which Rome turns into offset-less {@code java.util.Date}s)
 * and Atom tombstones (RFC 6721), which Rome ignores.
 */
final class FeedDocument {
  static final String TOMBSTONES_NS = "http://purl.org/atompub/tombstones/1.0";

  private final Document document;

  FeedDocument(Document document) {
    this.document = document;
  }

  /** The entry or item elements, in document order, as Rome lists its entries. */
  List<Element> items() {
    Element root = document.getRootElement();
    String rootName = root.getName().toLowerCase(Locale.ROOT);
    List<Element> found = new ArrayList<>();
    if (rootName.equals("feed")) {
      childrenNamed(root, "entry", found);
    } else if (rootName.equals("rdf")) {
      childrenNamed(root, "item", found);
    } else {
      for (Element child : root.getChildren()) {
        if (child.getName().equals("channel")) {
          childrenNamed(child, "item", found);
        }
      }
      if (found.isEmpty()) {
        childrenNamed(root, "item", found);
      }
    }
    return found;
  }

  /**
   * An Atom document written without its namespace ({@code <feed>} alone) is Atom to every reader
   * but Rome; give it the namespace its version implies.
   */
  void adoptAtomNamespaceWhenMissing() {
    Element root = document.getRootElement();
    if (!root.getName().equals("feed") || !root.getNamespaceURI().isEmpty()) {
      return;
    }
    Namespace ns =
        "0.3".equals(root.getAttributeValue("version"))
            ? Namespace.getNamespace("http://purl.org/atom/ns#")
            : Namespace.getNamespace("http://www.w3.org/2005/Atom");
    for (Element el : root.getDescendants(Filters.element())) {
      if (el.getNamespaceURI().isEmpty()) {
        el.setNamespace(ns);
      }
    }
    root.setNamespace(ns);
  }

  /** The refs of {@code at:deleted-entry} elements anywhere under the root. */
  Set<String> tombstones() {
    Set<String> refs = new LinkedHashSet<>();
    for (Element child : document.getRootElement().getChildren()) {
      if (child.getName().equals("deleted-entry")
          && TOMBSTONES_NS.equals(child.getNamespaceURI())) {
        String ref = child.getAttributeValue("ref");
        if (ref != null && !ref.isBlank()) {
          refs.add(ref.strip());
        }
      }
    }
    return refs;
  }

  /** The text of the first child with one of {@code localNames} (any namespace), or null. */
  static String firstText(Element item, String... localNames) {
    for (String name : localNames) {
      for (Element child : item.getChildren()) {
        if (child.getName().equals(name) && !child.getTextNormalize().isEmpty()) {
          return child.getTextNormalize();
        }
      }
    }
    return null;
  }

  private static void childrenNamed(Element parent, String name, List<Element> into) {
    for (Element child : parent.getChildren()) {
      if (child.getName().equals(name)) {
        into.add(child);
      }
    }
  }
}
