package org.wirewatch.cli;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wirewatch.app.App;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.relay.RelayBackfill;
import org.wirewatch.source.SourceConfig;

/**
 * A relay's replay from its history: the changes of the sources it relays since a moment, read from
 * the store on the subscriber's own thread. Nothing (so the subscriber gets everything held) while
 * history is off, after it failed, or when more changed than a replay sends.
 */
public final class HistoryBackfill implements RelayBackfill {
  private static final Logger LOG = LoggerFactory.getLogger(HistoryBackfill.class);

  private final App app;

  public HistoryBackfill(App app) {
    this.app = app;
  }

  @Override
  public List<TimelineEntry> changedSince(Instant since, int max) {
    return app.historyStore()
        .map(
            store -> {
              try {
                List<TimelineEntry> changed =
                    store.changedSince(
                        since, app.sources().stream().map(SourceConfig::id).toList(), max + 1);
                return changed.size() > max ? null : changed;
              } catch (SQLException e) {
                LOG.warn("relay: replay from history failed: " + store.describe(e), e);
                return null;
              }
            })
        .orElse(null);
  }
}
