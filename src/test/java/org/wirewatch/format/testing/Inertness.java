package org.wirewatch.format.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** Lists what in sanitized HTML could still run, load or navigate somewhere unsafe. */
public final class Inertness {
  private static final Set<String> DANGEROUS_TAGS =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "meta",
          "link",
          "base",
          "svg",
          "math",
          "noscript",
          "template",
          "audio",
          "video",
          "source",
          "picture");

  private Inertness() {}

  /** Every problem found; empty when the HTML is inert. */
  public static List<String> problems(String html) {
    List<String> found = new ArrayList<>();
    for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      if (DANGEROUS_TAGS.contains(el.normalName())) {
        found.add("element <" + el.normalName() + ">");
      }
      for (Attribute a : el.attributes()) {
        String key = a.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on") || key.equals("style") || key.equals("srcset")) {
          found.add("attribute " + key + " on <" + el.normalName() + ">");
        }
        if (key.equals("href") || key.equals("src") || key.equals("cite")) {
          String url = a.getValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
          if (!(url.startsWith("http://")
              || url.startsWith("https://")
              || (key.equals("href") && url.startsWith("mailto:")))) {
            found.add(key + "=\"" + a.getValue() + "\" on <" + el.normalName() + ">");
          }
        }
      }
    }
    return found;
  }
}
