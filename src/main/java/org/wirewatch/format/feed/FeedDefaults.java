package org.wirewatch.format.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.util.ArrayList;
import java.util.List;

/**
 * What an item inherits from its feed when it says nothing itself: the feed's authors (Atom entries
 * inherit them by RFC 4287 4.2.1) and the channel's categories.
 */
record FeedDefaults(String author, List<String> tags) {
  static FeedDefaults of(SyndFeed feed, FeedDocument raw) {
    String author = EntryMapper.names(feed.getAuthors());
    if (author == null && feed.getAuthor() != null && !feed.getAuthor().isBlank()) {
      author = EntryMapper.personName(feed.getAuthor());
    }
    List<String> tags = new ArrayList<>();
    for (SyndCategory c : feed.getCategories()) {
      if (c.getName() != null && !c.getName().isBlank() && !tags.contains(c.getName().strip())) {
        tags.add(c.getName().strip());
      }
    }
    if (tags.isEmpty()) {
      tags.addAll(raw.feedCategories());
    }
    return new FeedDefaults(author, List.copyOf(tags));
  }

  static String nameOf(SyndPerson p) {
    return p.getName() != null && !p.getName().isBlank() ? p.getName() : p.getEmail();
  }
}
