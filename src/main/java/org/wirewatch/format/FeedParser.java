package org.wirewatch.format;

import org.wirewatch.model.FeedSnapshot;

/**
 * Turns the bytes of one document into updates. One implementation per format. A document that does
 * not parse throws {@link FeedParseException}; a bad item inside a good document is kept and
 * flagged, never dropped.
 */
public interface FeedParser {
  FeedFormat format();

  FeedSnapshot parse(byte[] body, ParseContext context) throws FeedParseException;
}
