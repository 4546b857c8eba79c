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
  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String ATOM_03 = "http://purl.org/atom/ns#";

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

  private static final Set<String> ROME_RSS_VERSIONS =
      Set.of("0.90", "0.91", "0.92", "0.93", "0.94", "2.0");

  /**
   * Repairs what Rome refuses but every other reader accepts: an {@code <rss>} with a version Rome
   * does not know (2.01, 2.1, none) or without a channel, and Atom under a namespace Rome does not
   * know.
   */
  void repairForRome() {
    Element root = document.getRootElement();
    String name = root.getName();
    if (name.equals("rss")) {
      String version = root.getAttributeValue("version");
      if (version == null || !ROME_RSS_VERSIONS.contains(version.strip())) {
        root.setAttribute("version", "2.0");
      }
      if (root.getChild("channel", root.getNamespace()) == null) {
        // items written straight under <rss>: give them the channel they belong in
        Element channel = new Element("channel", root.getNamespace());
        for (Element child : new ArrayList<>(root.getChildren())) {
          channel.addContent(child.detach());
        }
        root.addContent(channel);
      }
    } else if (name.equals("feed")) {
      String uri = root.getNamespaceURI();
      if (!uri.equals(ATOM_10) && !uri.equals(ATOM_03)) {
        Namespace ns =
            Namespace.getNamespace(
                "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10);
        for (Element el : root.getDescendants(Filters.element())) {
          if (el.getNamespaceURI().equals(uri)) {
            el.setNamespace(ns);
          }
        }
        root.setNamespace(ns);
      }
    }
  }

  /** Feed-level categories (text or Atom {@code term}), which Rome drops for Atom. */
  List<String> feedCategories() {
    Element root = document.getRootElement();
    Element scope = root;
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        scope = child;
      }
    }
    return Categories.of(scope);
  }

  /** The site the feed belongs to: the channel's {@code <link>} or the feed's alternate link. */
  String siteLink() {
    Element root = document.getRootElement();
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        return firstText(child, "link");
      }
    }
    for (Element child : root.getChildren()) {
      if (child.getName().equals("link") && child.getAttributeValue("href") != null) {
        String rel = child.getAttributeValue("rel");
        if (rel == null || rel.equals("alternate")) {
          return child.getAttributeValue("href").strip();
        }
      }
    }
    return null;
  }

  /** The feed's own title straight from the XML, for documents Rome cannot map. */
  String rawTitle() {
    Element root = document.getRootElement();
    for (Element child : root.getChildren()) {
      if (child.getName().equals("channel")) {
        return firstText(child, "title");
      }
    }
    return firstText(root, "title");
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

  /** The first child named {@code localName} in any namespace, or null. */
  static Element child(Element item, String localName) {
    for (Element child : item.getChildren()) {
      if (child.getName().equals(localName)) {
        return child;
      }
    }
    return null;
  }

  /** The href of the item's alternate {@code atom:link}, or null. */
  static String alternateLink(Element item) {
    for (Element child : item.getChildren()) {
      if (child.getName().equals("link")
          && ATOM_10.equals(child.getNamespaceURI())
          && child.getAttributeValue("href") != null) {
        String rel = child.getAttributeValue("rel");
        if (rel == null || rel.equals("alternate")) {
          return child.getAttributeValue("href");
        }
      }
    }
    return null;
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
