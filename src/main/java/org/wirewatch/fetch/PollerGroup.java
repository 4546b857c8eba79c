package org.wirewatch.fetch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * The pollers of a list of sources, started and stopped together. A source failing touches only its
 * own poller. Closing stops every poller and cancels their pending polls.
 */
public final class PollerGroup implements AutoCloseable {
  private final Map<SourceId, SourcePoller> pollers = new LinkedHashMap<>();

  /**
   * @throws IllegalArgumentException when two sources share an id
   */
  public PollerGroup(List<SourceConfig> sources, PollingContext context) {
    for (SourceConfig source : sources) {
      if (pollers.putIfAbsent(source.id(), new SourcePoller(source, context)) != null) {
        throw new IllegalArgumentException("two sources with the id " + source.id());
      }
    }
  }

  /** Starts every enabled source; each polls at once, then on its own interval. */
  public void start() {
    pollers.values().forEach(SourcePoller::start);
  }

  /** Stops every source and cancels its pending poll. Can be started again. */
  public void stop() {
    pollers.values().forEach(SourcePoller::stop);
  }

  /**
   * A manual refresh of one source.
   *
   * @return false when there is no such source or it is not running
   */
  public boolean pollNow(SourceId id) {
    SourcePoller poller = pollers.get(id);
    return poller != null && poller.pollNow();
  }

  /** The current status of every source, in configuration order. */
  public List<SourceStatus> statuses() {
    List<SourceStatus> out = new ArrayList<>(pollers.size());
    pollers.values().forEach(p -> out.add(p.status()));
    return Collections.unmodifiableList(out);
  }

  public Optional<SourcePoller> poller(SourceId id) {
    return Optional.ofNullable(pollers.get(id));
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}
