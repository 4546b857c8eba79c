package org.wirewatch.relay;

import com.google.gson.JsonObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.timeline.ChangeSubscriber;
import org.wirewatch.timeline.TimelineDelta;

/**
 * The relay's event log: every change of the timeline as one numbered event ({@code added}, {@code
 * edited}, {@code removed}), the newest {@value #KEPT} kept for subscribers that reconnect with a
 * {@code Last-Event-ID}. Ids increase monotonically, across restarts too: each is at least the
 * clock's milliseconds times a thousand when it is made, so a relay that restarted never reuses an
 * id, and an id tells when its event was published ({@link #publishedAbout}): a subscriber whose id
 * is older than what is kept is replayed from history from that moment on.
 */
public final class RelayEvents implements ChangeSubscriber {
  static final int KEPT = 10_000;

  /** One published event. */
  public record Event(long id, String type, String data) {}

  /** Told of each new event, on the subscriber thread. */
  @FunctionalInterface
  public interface Listener {
    void onEvent(Event event);
  }

  private final Function<SourceId, String> names;
  private final LongSupplier millis;
  private final Deque<Event> kept = new ArrayDeque<>();
  private final List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
  private long next;
  private long version;

  /**
   * @param millis the clock, in epoch milliseconds
   */
  public RelayEvents(Function<SourceId, String> names, LongSupplier millis) {
    this.names = names;
    this.millis = millis;
    this.next = millis.getAsLong() * 1000;
  }

  /**
   * About when the event numbered {@code id} was published: ids run ahead of the clock only while
   * more than a thousand events a millisecond are made, by a millisecond per thousand.
   */
  public static java.time.Instant publishedAbout(long id) {
    return java.time.Instant.ofEpochMilli(Math.floorDiv(id, 1000));
  }

  /** Changes with every event: the feed's ETag. */
  public synchronized long version() {
    return version;
  }

  public void addListener(Listener l) {
    listeners.add(l);
  }

  public void removeListener(Listener l) {
    listeners.remove(l);
  }

  @Override
  public void onDelta(TimelineDelta delta) {
    List<Event> made = new ArrayList<>();
    synchronized (this) {
      for (UpdateChange change : delta.changes()) {
        TimelineEntry e = change.entry();
        String type;
        JsonObject data;
        if (change instanceof UpdateChange.Removed) {
          type = "removed";
          data = RelayItems.withdrawal(e);
        } else {
          type = change instanceof UpdateChange.Edited ? "edited" : "added";
          data = RelayItems.item(e, names);
        }
        next = Math.max(next, millis.getAsLong() * 1000);
        Event event = new Event(next++, type, data.toString());
        kept.addLast(event);
        while (kept.size() > KEPT) {
          kept.removeFirst();
        }
        made.add(event);
      }
      if (!delta.changes().isEmpty() || !delta.evicted().isEmpty()) {
        version++;
      }
    }
    for (Event e : made) {
      listeners.forEach(l -> l.onEvent(e));
    }
  }

  /**
   * The events after {@code lastSeen}, oldest first; empty when there are none; {@code null} when
   * {@code lastSeen} is older than what is kept (or from before a restart), or is an id this relay
   * has not given yet (another relay's, or from before the clock was set back), and the subscriber
   * must be replayed from elsewhere.
   */
  public synchronized List<Event> after(long lastSeen) {
    long last = next - 1;
    if (lastSeen == last) {
      return List.of();
    }
    if (lastSeen > last) {
      return null;
    }
    long first = kept.isEmpty() ? next : kept.peekFirst().id();
    if (lastSeen < first - 1) {
      return null;
    }
    return kept.stream().filter(e -> e.id() > lastSeen).toList();
  }

  /** The id of the newest event so far (a resync continues from it). */
  public synchronized long lastId() {
    return next - 1;
  }
}
