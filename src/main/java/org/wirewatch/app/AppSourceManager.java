package org.wirewatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.source.OpmlImport;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;
import org.wirewatch.timeline.fx.FxThread;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.sources.SourceManager;

/** The sources editor's port, implemented on the App: work in the background, results on FX. */
final class AppSourceManager implements SourceManager {
  private final App app;
  private final TimelineFxBridge bridge;
  private final FxThread fx;
  private final Path sourcesFile;
  private final javafx.collections.ObservableList<SourceConfig> shown;

  /**
   * {@code shown}: the sources the window follows (FX thread); replaced once an edit is saved and
   * polling runs with it.
   */
  AppSourceManager(
      App app,
      TimelineFxBridge bridge,
      FxThread fx,
      javafx.collections.ObservableList<SourceConfig> shown,
      Path sourcesFile) {
    this.app = app;
    this.bridge = bridge;
    this.fx = fx;
    this.shown = shown;
    this.sourcesFile = sourcesFile;
  }

  @Override
  public List<SourceConfig> sources() {
    return app.configuredSources();
  }

  @Override
  public CompletionStage<ProbeResult> test(SourceConfig candidate) {
    return inBackground(() -> probe(candidate));
  }

  private ProbeResult probe(SourceConfig source) {
    SourceReader.Once once = app.reader().fetchOnce(source);
    if (!once.ok()) {
      return new ProbeResult(0, List.of(), once.error(), once.feeds());
    }
    List<LiveUpdate> newest =
        once.snapshot().updates().stream()
            .sorted(Comparator.comparing(LiveUpdate::publishedInstant).reversed())
            .limit(3)
            .toList();
    return new ProbeResult(once.snapshot().updates().size(), newest, null, once.feeds());
  }

  @Override
  public CompletionStage<Void> apply(List<SourceConfig> sources) {
    CompletionStage<List<SourceConfig>> applied =
        inBackground(
            () -> {
              try {
                new SourcesFile().write(sourcesFile, sources);
              } catch (IOException e) {
                throw new IllegalStateException(
                    "cannot save " + sourcesFile + ": " + e.getMessage(), e);
              }
              app.replaceSources(sources);
              bridge.retainStatuses(
                  sources.stream()
                      .map(SourceConfig::id)
                      .collect(java.util.stream.Collectors.toSet()));
              return app.sources();
            });
    // On the FX thread, before the editor hears it is done: the window already shows the list.
    return applied.thenAccept(shown::setAll);
  }

  @Override
  public CompletionStage<OpmlImport.Result> importOpml(Path file) {
    return inBackground(
        () -> {
          try (InputStream in = Files.newInputStream(file)) {
            return new OpmlImport().read(in);
          } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        });
  }

  private <T> CompletionStage<T> inBackground(Supplier<T> work) {
    CompletableFuture<T> result = new CompletableFuture<>();
    app.inBackground(
        () -> {
          try {
            T value = work.get();
            fx.runLater(() -> result.complete(value));
          } catch (RuntimeException e) {
            fx.runLater(() -> result.completeExceptionally(e));
          }
        });
    return result;
  }
}
