package org.wirewatch.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.UpdateIds;

/**
 * One rule for every format when a document lists the same id more than once, applied after any
 * parser: an identical repeat (pages often render their blog twice) is dropped silently; different
 * copies under one id keep the one with the newest {@code updated}, else the first in document
 * order, and the document's problems say so. The kept copy stays where the id first appeared.
 *
 * <p>Ids Wirewatch derived itself (from the time and headline, when the source gave no id or link)
 * are different: two different items that derive the same id (no date and no headline, say) are two
 * updates, not one. They are told apart by their text, so each keeps a distinct id that is stable
 * from poll to poll.
 */
public final class DuplicateIds {
  private static final String DERIVED = "h:";

  private DuplicateIds() {}

  public static FeedSnapshot resolve(FeedSnapshot snapshot) {
    List<LiveUpdate> updates = snapshot.updates();
    Map<String, List<LiveUpdate>> byId = new LinkedHashMap<>();
    for (LiveUpdate u : updates) {
      byId.computeIfAbsent(u.id(), k -> new ArrayList<>()).add(u);
    }
    if (byId.size() == updates.size()) {
      return snapshot; // the usual case: nothing to do
    }
    List<String> problems = new ArrayList<>(snapshot.problems());
    List<LiveUpdate> kept = new ArrayList<>();
    for (Map.Entry<String, List<LiveUpdate>> group : byId.entrySet()) {
      List<LiveUpdate> copies = distinct(group.getValue());
      if (copies.size() == 1) {
        kept.add(copies.get(0));
      } else if (group.getKey().startsWith(DERIVED)) {
        kept.addAll(toldApart(copies));
      } else {
        LiveUpdate winner = newest(copies);
        kept.add(winner);
        problems.add(
            copies.size()
                + " different items share the id \""
                + group.getKey()
                + "\"; kept "
                + (winner.updated() != null ? "the one updated last" : "the first"));
      }
    }
    return new FeedSnapshot(snapshot.title(), kept, snapshot.deletedIds(), problems);
  }

  private static List<LiveUpdate> distinct(List<LiveUpdate> copies) {
    List<LiveUpdate> out = new ArrayList<>();
    for (LiveUpdate c : copies) {
      if (out.stream().noneMatch(o -> !o.contentDiffers(c) && sameTimes(o, c))) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean sameTimes(LiveUpdate a, LiveUpdate b) {
    return java.util.Objects.equals(a.updated(), b.updated());
  }

  // The newest `updated` wins; without one (or on a tie), the first in document order.
  private static LiveUpdate newest(List<LiveUpdate> copies) {
    LiveUpdate best = copies.get(0);
    for (LiveUpdate c : copies.subList(1, copies.size())) {
      if (c.updated() != null
          && (best.updated() == null
              || c.updated().toInstant().isAfter(best.updated().toInstant()))) {
        best = c;
      }
    }
    return best;
  }

  private static List<LiveUpdate> toldApart(List<LiveUpdate> copies) {
    List<LiveUpdate> out = new ArrayList<>();
    Map<String, Integer> used = new LinkedHashMap<>();
    for (LiveUpdate c : copies) {
      String id =
          c.id() + ":" + UpdateIds.digest(c.text() + "\n" + c.html() + "\n" + c.permalink(), 12);
      int n = used.merge(id, 1, Integer::sum);
      out.add(c.withId(n == 1 ? id : id + "#" + n));
    }
    return out;
  }
}
