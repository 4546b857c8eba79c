package org.wirewatch.app;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.wirewatch.export.ExportFile;
import org.wirewatch.export.ExportFormat;
import org.wirewatch.model.HistoryStatus;
import org.wirewatch.store.HistoryQuery;
import org.wirewatch.store.HistoryStore;
import org.wirewatch.ui.history.HistoryPort;

/**
 * The window's history port: queries and exports run on the app's background scheduler, never on
 * the FX thread, and their answers come back through the FX executor.
 */
final class AppHistoryPort implements HistoryPort {
  private final App app;
  private final Executor fx;

  AppHistoryPort(App app, Executor fx) {
    this.app = app;
    this.fx = fx;
  }

  @Override
  public HistoryStatus status() {
    return app.historyStatus();
  }

  @Override
  public void onStatus(Consumer<HistoryStatus> listener) {
    app.addHistoryListener(s -> fx.execute(() -> listener.accept(s)));
  }

  private static HistoryQuery query(Request r) {
    return new HistoryQuery(
        r.text(),
        r.since(),
        r.until(),
        r.source() == null ? Set.of() : Set.of(r.source()),
        r.limit());
  }

  @Override
  public void search(Request request, Consumer<Result> done) {
    Optional<HistoryStore> store = app.historyStore();
    if (store.isEmpty()) {
      done.accept(new Result(List.of(), app.historyStatus().message()));
      return;
    }
    app.inBackground(
        () -> {
          Result result;
          try {
            List<Hit> hits =
                store.get().search(query(request)).stream()
                    .map(u -> new Hit(u.entry(), u.sourceName()))
                    .toList();
            result = new Result(hits, null);
          } catch (SQLException | RuntimeException e) {
            result = new Result(List.of(), "search failed: " + e.getMessage());
          }
          Result answer = result;
          fx.execute(() -> done.accept(answer));
        });
  }

  @Override
  public void export(Request request, String format, Path file, Consumer<String> done) {
    Optional<HistoryStore> store = app.historyStore();
    if (store.isEmpty()) {
      done.accept(app.historyStatus().message());
      return;
    }
    app.inBackground(
        () -> {
          String message;
          try {
            int n =
                ExportFile.write(
                    file,
                    ExportFormat.parse(format),
                    id -> request.zone(),
                    each -> store.get().search(query(request), each));
            message = "Exported " + n + " updates to " + file.getFileName();
          } catch (Exception e) {
            message = "Export failed: " + e.getMessage();
          }
          String answer = message;
          fx.execute(() -> done.accept(answer));
        });
  }
}
