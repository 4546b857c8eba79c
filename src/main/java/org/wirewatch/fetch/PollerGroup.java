package org.wirewatch.fetch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;

/**
 * The runners of a list of sources. A source failing touches only its own runner; editing, adding
 * or removing one source ({@link #reconcile}) leaves every other runner alone. Closing stops every
 * runner and cancels their pending work.
 */
public final class PollerGroup implements AutoCloseable {
  private final Map<SourceId, SourceRunner> runners = new LinkedHashMap<>();
  private final Function<SourceConfig, SourceRunner> factory;
  private boolean started;

  /** Pollers for every source. */
  public PollerGroup(List<SourceConfig> sources, PollingContext context) {
    this(sources, source -> new SourcePoller(source, context));
  }

  /**
   * @param factory makes the runner a source gets (a poller, a push stream)
   * @throws IllegalArgumentException when two sources share an id
   */
  public PollerGroup(List<SourceConfig> sources, Function<SourceConfig, SourceRunner> factory) {
    this.factory = factory;
    checkUnique(sources);
    for (SourceConfig source : sources) {
      runners.put(source.id(), factory.apply(source));
    }
  }

  private static void checkUnique(List<SourceConfig> sources) {
    if (sources.stream().map(SourceConfig::id).distinct().count() != sources.size()) {
      SourceId twice =
          sources.stream()
              .map(SourceConfig::id)
              .filter(id -> sources.stream().filter(s -> s.id().equals(id)).count() > 1)
              .findFirst()
              .orElseThrow();
      throw new IllegalArgumentException("two sources with the id " + twice);
    }
  }

  /** Starts every enabled source; each fetches at once, then on its own interval. */
  public synchronized void start() {
    started = true;
    runners.values().forEach(SourceRunner::start);
  }

  /** Stops every source and cancels its pending work. Can be started again. */
  public synchronized void stop() {
    started = false;
    runners.values().forEach(SourceRunner::stop);
  }

  /**
   * Brings the group in line with an edited source list. An unchanged source's runner is left alone
   * (no restart, no extra fetch); one edited without changing its URL or enabled state is
   * reconfigured and keeps its validators, backoff and throttling; a changed URL, a toggled enabled
   * state or a new source gets a fresh runner; a removed source's runner stops. Order follows the
   * new list.
   *
   * @throws IllegalArgumentException when two sources share an id (nothing is changed then)
   */
  public synchronized void reconcile(List<SourceConfig> sources) {
    checkUnique(sources);
    Map<SourceId, SourceRunner> next = new LinkedHashMap<>();
    for (SourceConfig wanted : sources) {
      SourceRunner old = runners.remove(wanted.id());
      if (old != null && old.source().equals(wanted)) {
        next.put(wanted.id(), old);
      } else if (old != null
          && old.source().url().equals(wanted.url())
          && old.source().enabled() == wanted.enabled()
          && java.util.Objects.equals(old.source().push(), wanted.push())) {
        old.reconfigure(wanted);
        next.put(wanted.id(), old);
      } else {
        if (old != null) {
          old.stop();
        }
        SourceRunner fresh = factory.apply(wanted);
        next.put(wanted.id(), fresh);
        if (started) {
          fresh.start();
        }
      }
    }
    runners.values().forEach(SourceRunner::stop); // the ones no longer listed
    runners.clear();
    runners.putAll(next);
  }

  /**
   * Swaps a polled source for a runner of {@code pushing} (the same source, found to push): its
   * poller is stopped and the new runner started. Nothing happens when the source was edited or
   * removed meanwhile.
   */
  public synchronized void upgrade(SourceConfig pushing) {
    SourceRunner old = runners.get(pushing.id());
    if (old == null || old.source().push() != null || !old.source().enabled()) {
      return;
    }
    old.stop();
    SourceRunner fresh = factory.apply(pushing);
    runners.put(pushing.id(), fresh);
    if (started) {
      fresh.start();
    }
  }

  /**
   * A manual refresh of one source.
   *
   * @return false when there is no such source or it is not running
   */
  public synchronized boolean pollNow(SourceId id) {
    SourceRunner runner = runners.get(id);
    return runner != null && runner.pollNow();
  }

  /** The current status of every source, in configuration order. */
  public synchronized List<SourceStatus> statuses() {
    List<SourceStatus> out = new ArrayList<>(runners.size());
    runners.values().forEach(r -> out.add(r.status()));
    return Collections.unmodifiableList(out);
  }

  public synchronized Optional<SourceRunner> poller(SourceId id) {
    return Optional.ofNullable(runners.get(id));
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }
}
