package org.wirewatch.format.jsonfeed;

/**
 * The {@code _wirewatch} item extension; see {@link JsonFeedParser}.
 *
 * @param priority "breaking", "pinned" or "normal", or {@code null}
 * @param deleted {@code true} when the item withdraws an earlier one
 * @param source the name of the source a relay read the item from, or {@code null}
 * @param sourceId that source's id at the relay, or {@code null}
 */
record WirewatchExtension(String priority, boolean deleted, String source, String sourceId) {}
