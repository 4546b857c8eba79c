package org.wirewatch.format.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A {@link Safelist} whose protocol check makes a link absolute through {@link LinkResolver}
 * instead of {@code Element.absUrl}: the same rule as jsoup's own {@code testValidProtocol}, which
 * resolves every link, image and quote source (a third of what sanitizing a feed allocated). Every
 * other decision is jsoup's.
 */
final class ResolvingSafelist extends Safelist {
  private final Set<String> allowed = new HashSet<>();
  private final Map<String, List<String>> protocols = new HashMap<>();
  private final LinkResolver links = new LinkResolver();

  private static String pair(String tag, String attribute) {
    return tag.toLowerCase(Locale.ROOT) + ' ' + attribute.toLowerCase(Locale.ROOT);
  }

  @Override
  public Safelist addAttributes(String tag, String... attributes) {
    super.addAttributes(tag, attributes);
    for (String attribute : attributes) {
      allowed.add(pair(tag, attribute));
    }
    return this;
  }

  @Override
  public Safelist removeAttributes(String tag, String... attributes) {
    throw new UnsupportedOperationException("build the allow-list by adding only");
  }

  @Override
  public Safelist addProtocols(String tag, String attribute, String... protocols) {
    super.addProtocols(tag, attribute, protocols);
    List<String> prefixes =
        this.protocols.computeIfAbsent(pair(tag, attribute), k -> new ArrayList<>());
    for (String protocol : protocols) {
      prefixes.add(protocol.equals("#") ? protocol : protocol + ":");
    }
    return this;
  }

  @Override
  public Safelist removeProtocols(String tag, String attribute, String... removeProtocols) {
    throw new UnsupportedOperationException("build the allow-list by adding only");
  }

  @Override
  public boolean isSafeAttribute(String tagName, Element el, Attribute attr) {
    String pair = pair(tagName, attr.getKey());
    List<String> prefixes = protocols.get(pair);
    if (prefixes == null || !allowed.contains(pair)) {
      return super.isSafeAttribute(tagName, el, attr);
    }
    // Safelist.testValidProtocol, with Element.absUrl's resolution
    Attributes attributes = el.attributes();
    String value =
        attributes.hasKeyIgnoreCase(attr.getKey())
            ? links.resolve(el.baseUri(), attributes.getIgnoreCase(attr.getKey()))
            : "";
    if (value.isEmpty()) {
      value = attr.getValue();
    }
    if (!preserveRelativeLinks()) {
      attr.setValue(value);
    }
    String lower = value.toLowerCase(Locale.ROOT);
    for (String protocol : prefixes) {
      if (protocol.equals("#")) {
        if (value.startsWith("#") && !value.matches(".*\\s.*")) {
          return true;
        }
      } else if (lower.startsWith(protocol)) {
        return true;
      }
    }
    return false;
  }
}
