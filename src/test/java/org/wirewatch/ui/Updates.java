package org.wirewatch.ui;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;

/** Test updates, starting from the seed example. */
public final class Updates {
  public static final SourceId WIRE = SourceId.of("wire");
  public static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
  public static final OffsetDateTime AT_1807 = OffsetDateTime.of(2025, 8, 7, 18, 7, 0, 0, IST);
  public static final String PUTIN = "Putin-Trump summit likely next week: Kremlin envoy";

  private Updates() {}

  public static LiveUpdate seed() {
    return update(
        "u1807",
        AT_1807,
        PUTIN,
        "Russian President Vladimir Putin and US President Donald Trump are likely to meet next"
            + " week, a Kremlin envoy said on Thursday.",
        Priority.NORMAL);
  }

  public static LiveUpdate update(
      String id, OffsetDateTime published, String headline, String text, Priority priority) {
    return new LiveUpdate(
        WIRE,
        id,
        published,
        null,
        headline,
        text,
        null,
        URI.create("https://example.org/live#" + id),
        "ANI",
        List.of(),
        priority,
        published.toInstant(),
        Set.of());
  }

  public static LiveUpdate withHtml(LiveUpdate u, String html) {
    return new LiveUpdate(
        u.source(),
        u.id(),
        u.published(),
        u.updated(),
        u.headline(),
        u.text(),
        html,
        u.permalink(),
        u.author(),
        u.tags(),
        u.priority(),
        u.firstSeen(),
        u.flags());
  }

  public static LiveUpdate withHeadline(LiveUpdate u, String headline) {
    return new LiveUpdate(
        u.source(),
        u.id(),
        u.published(),
        u.published().plusMinutes(5),
        headline,
        u.text(),
        u.html(),
        u.permalink(),
        u.author(),
        u.tags(),
        u.priority(),
        u.firstSeen(),
        u.flags());
  }

  public static FeedSnapshot snapshot(List<LiveUpdate> updates) {
    return FeedSnapshot.of(updates);
  }

  public static FeedSnapshot withdrawing(List<LiveUpdate> updates, String id) {
    return new FeedSnapshot(null, updates, Set.of(id));
  }

  /** {@code n} numbered updates a minute apart, the newest at {@code newest}. */
  public static List<LiveUpdate> many(int n, OffsetDateTime newest) {
    List<LiveUpdate> out = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          update(
              "n" + i,
              newest.minusMinutes(i),
              "Update number " + i + " from the wire desk",
              "Body of update " + i + ". More details are expected as the day goes on.",
              i % 17 == 0 ? Priority.BREAKING : Priority.NORMAL));
    }
    return out;
  }

  public static Instant now() {
    return AT_1807.plusMinutes(3).toInstant();
  }
}
