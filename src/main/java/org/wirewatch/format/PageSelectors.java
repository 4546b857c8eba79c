package org.wirewatch.format;

/**
 * CSS selectors that find updates on a live page with no feed. Each selector after {@code item} is
 * evaluated inside one item element; any but {@code item} may be {@code null}.
 *
 * @param item selects each update's container
 * @param time the time stamp inside an item, e.g. "18:07"
 * @param headline the headline inside an item
 * @param body the body inside an item
 * @param credit the credit inside an item; when absent a trailing "-- ANI" or "(PTI)" in the body
 *     is split off instead
 * @param pageDate an element anywhere on the page holding the date that completes time-only stamps,
 *     e.g. "Thu, 07 August 2025"
 * @param link an anchor inside an item whose href is the permalink
 */
public record PageSelectors(
    String item,
    String time,
    String headline,
    String body,
    String credit,
    String pageDate,
    String link) {
  public PageSelectors {
    if (item == null || item.isBlank()) {
      throw new IllegalArgumentException("an item selector is required");
    }
  }
}
