package org.wirewatch.ui.detail;

import org.wirewatch.model.LiveUpdate;
import org.wirewatch.ui.DisplayTime;

/**
 * A one-line citation a journalist can paste: "18:07 IST, 7 Aug 2025 — Headline (ANI via Source)
 * https://…". Times are in the display zone, always with the zone named, since a citation travels.
 */
public final class Citation {
  private Citation() {}

  public static String of(LiveUpdate update, String sourceName, DisplayTime time) {
    DisplayTime zoned = new DisplayTime(time.zone(), true);
    StringBuilder out = new StringBuilder();
    out.append(zoned.clock(update.publishedInstant()))
        .append(", ")
        .append(zoned.date(update.publishedInstant()))
        .append(" — ")
        .append(update.headline().strip());
    String credit = credit(update.author(), sourceName);
    if (!credit.isEmpty()) {
      out.append(" (").append(credit).append(')');
    }
    if (update.permalink() != null) {
      out.append(' ').append(update.permalink());
    }
    return out.toString();
  }

  private static String credit(String author, String sourceName) {
    boolean hasAuthor = author != null && !author.isBlank();
    boolean hasSource = sourceName != null && !sourceName.isBlank();
    if (hasAuthor && hasSource && !author.strip().equalsIgnoreCase(sourceName.strip())) {
      return author.strip() + " via " + sourceName.strip();
    }
    if (hasAuthor) {
      return author.strip();
    }
    return hasSource ? sourceName.strip() : "";
  }
}
