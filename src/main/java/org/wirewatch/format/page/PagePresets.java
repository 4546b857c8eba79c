package org.wirewatch.format.page;

import org.wirewatch.format.PageSelectors;

/** Ready-made selectors for live pages Wirewatch knows. */
public final class PagePresets {
  private PagePresets() {}

  /**
   * Rediff's live pages (the project's seed): a date header "Thu, 07 August 2025", then items with
   * a time-only stamp ("18:07"), a headline, body paragraphs ending in a credit ("-- ANI"). Times
   * are India time; configure the source's zone as Asia/Kolkata.
   */
  public static PageSelectors rediffLive() {
    return new PageSelectors(
        "div.lb_item", ".lb_time", ".lb_title", ".lb_content", null, ".lb_date", "a.lb_link");
  }
}
