package org.wirewatch.format.jsonfeed;

/**
 * The {@code _wirewatch} item extension; see {@link JsonFeedParser}.
 *
 * @param priority "breaking", "pinned" or "normal", or {@code null}
 * @param deleted {@code true} when the item withdraws an earlier one
 */
record WirewatchExtension(String priority, boolean deleted) {}
