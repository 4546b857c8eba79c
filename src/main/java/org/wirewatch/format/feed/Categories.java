package org.wirewatch.format.feed;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;

/**
 * The categories written directly under a channel, feed, item or entry, by the names a reader
 * shows: an Atom category's {@code label} before its {@code term}, an RSS category's text, {@code
 * dc:subject}, the {@code text} of iTunes and Google Play categories (subcategories included), and
 * {@code media:category} where it has a label (its text is a machine path, not a name).
 */
final class Categories {
  private Categories() {}

  static List<String> of(Element scope) {
    List<String> found = new ArrayList<>();
    for (Element child : scope.getChildren()) {
      String prefix = child.getNamespacePrefix();
      if (child.getName().equals("subject")) {
        add(found, child.getTextNormalize());
      } else if (!child.getName().equals("category")) {
        continue;
      } else if (prefix.equals("media")) {
        add(found, child.getAttributeValue("label"));
      } else if (child.getAttributeValue("text") != null) {
        podcastCategory(child, found);
      } else {
        add(
            found,
            first(
                child.getAttributeValue("label"),
                child.getAttributeValue("term"),
                child.getTextNormalize()));
      }
    }
    return found;
  }

  private static void podcastCategory(Element category, List<String> found) {
    add(found, category.getAttributeValue("text"));
    for (Element sub : category.getChildren()) {
      if (sub.getName().equals("category")) {
        podcastCategory(sub, found);
      }
    }
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static void add(List<String> found, String value) {
    if (value == null) {
      return;
    }
    String v = value.strip().replaceAll("\\s+", " ");
    if (!v.isEmpty() && !found.contains(v)) {
      found.add(v);
    }
  }
}
