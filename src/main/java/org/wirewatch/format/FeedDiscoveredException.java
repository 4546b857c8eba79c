package org.wirewatch.format;

import java.util.List;

/**
 * A web page with no updates of its own (no live blog, no selectors configured) that advertises
 * feeds: the caller may follow {@link #feeds()} instead of failing the source.
 */
public final class FeedDiscoveredException extends FeedParseException {
  private final transient List<FeedLink> feeds;

  public FeedDiscoveredException(List<FeedLink> feeds) {
    super(
        "this page has no updates of its own but advertises "
            + (feeds.size() == 1 ? "a feed: " : feeds.size() + " feeds, first ")
            + feeds.get(0).url());
    this.feeds = List.copyOf(feeds);
  }

  /** The advertised feeds, the one to follow first. */
  public List<FeedLink> feeds() {
    return feeds;
  }
}
