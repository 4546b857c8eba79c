package org.wirewatch.format.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item inherits from its feed when it says nothing itself: the feed's authors (Atom entries
 * inherit them by RFC 4287 4.2.1), the channel's categories, and the site link relative item links
 * resolve against.
 */
record FeedDefaults(String author, List<String> tags, java.net.URI site) {
  static FeedDefaults of(SyndFeed feed, FeedDocument raw) {
    return of(feed, raw, null);
  }

  static FeedDefaults of(SyndFeed feed, FeedDocument raw, java.net.URI documentUrl) {
    String author = EntryMapper.names(feed.getAuthors());
    if (author == null && feed.getAuthor() != null && !feed.getAuthor().isBlank()) {
      author = EntryMapper.personName(feed.getAuthor());
    }
    List<String> tags = new ArrayList<>(raw.feedCategories());
    if (tags.isEmpty()) {
      for (SyndCategory c : feed.getCategories()) {
        if (c.getName() != null && !c.getName().isBlank() && !tags.contains(c.getName().strip())) {
          tags.add(c.getName().strip());
        }
      }
    }
    return new FeedDefaults(author, List.copyOf(tags), LinkBase.site(raw, documentUrl));
  }

  static String nameOf(SyndPerson p) {
    return p.getName() != null && !p.getName().isBlank() ? p.getName() : p.getEmail();
  }
}
