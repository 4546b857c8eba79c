package org.wirewatch.format.conformance;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/** The fields Wirewatch keeps, read off a parsed snapshot, and how they are compared. */
final class Observed {
  private Observed() {}

  static String plain(String html) {
    if (html == null) {
      return "";
    }
    return Jsoup.parseBodyFragment(html)
        .body()
        .text()
        .replace('\u00a0', ' ')
        .strip()
        .replaceAll("\\s+", " ");
  }

  static boolean sameText(String expected, String actual) {
    String a = actual == null ? "" : actual.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    String e =
        expected == null ? "" : expected.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
    return e.equals(a) || plain(expected).equals(plain(actual)) || plain(expected).equals(a);
  }

  /** The full body as text: the HTML when there is some, else the plain text. */
  static String content(LiveUpdate u) {
    return u.html() != null ? plain(u.html()) : u.text();
  }

  static String link(LiveUpdate u) {
    return u.permalink() == null ? "" : u.permalink().toString();
  }

  /** The source's own published time, or null when the fetch time stands in for it. */
  static Instant published(LiveUpdate u) {
    return u.dateStandsIn() ? null : u.publishedInstant();
  }

  static Instant updated(LiveUpdate u) {
    OffsetDateTime upd = u.updated();
    return upd != null ? upd.toInstant() : published(u);
  }

  static LiveUpdate entry(FeedSnapshot snap, int i) {
    return snap != null && i < snap.updates().size() ? snap.updates().get(i) : null;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
