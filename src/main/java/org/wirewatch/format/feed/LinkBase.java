package org.wirewatch.format.feed;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * What a relative link in an item is relative to: the {@code xml:base} in effect on the item (each
 * ancestor's resolved against the one above it), else the feed's site link when that is an absolute
 * web address, else the URL the feed was fetched from.
 */
final class LinkBase {
  private LinkBase() {}

  static URI of(Element item, URI siteLink, URI documentUrl) {
    URI outer = siteLink != null ? siteLink : documentUrl;
    if (item == null) {
      return outer;
    }
    Deque<String> bases = new ArrayDeque<>();
    for (Element e = item; e != null; e = e.getParentElement()) {
      String base = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (base != null && !base.isBlank()) {
        bases.push(base.strip());
      }
    }
    if (bases.isEmpty()) {
      return outer;
    }
    URI resolved = documentUrl;
    for (String base : bases) {
      URI next = EntryMapper.webUri(base, resolved);
      if (next != null) {
        resolved = next;
      }
    }
    return resolved != null ? resolved : outer;
  }

  /** The feed's site link, resolved against the document's URL; null unless a web address. */
  static URI site(FeedDocument raw, URI documentUrl) {
    return EntryMapper.webUri(raw.siteLink(), documentUrl);
  }
}
