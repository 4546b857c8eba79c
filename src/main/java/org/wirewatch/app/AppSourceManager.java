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
import org.wirewatch.fetch.FetchOutcome;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.ParseContext;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.source.OpmlImport;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.source.SourcesFile;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.sources.SourceManager;

/** The sources editor's port, implemented on the App: work in the background, results on FX. */
final class AppSourceManager implements SourceManager {
  private final App app;
  private final TimelineFxBridge bridge;
  private final Path sourcesFile;

  AppSourceManager(App app, TimelineFxBridge bridge, Path sourcesFile) {
    this.app = app;
    this.bridge = bridge;
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
    FetchOutcome outcome = app.fetcher().fetch(source);
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      try {
        ParseContext context =
            new ParseContext(
                source.id(),
                fetched.finalUrl(),
                fetched.contentType(),
                source.zone(),
                app.clock().instant(),
                source.selectors());
        FeedSnapshot snapshot = app.parsers().parse(fetched.body(), context, source.format());
        List<LiveUpdate> newest =
            snapshot.updates().stream()
                .sorted(Comparator.comparing(LiveUpdate::publishedInstant).reversed())
                .limit(3)
                .toList();
        return new ProbeResult(snapshot.updates().size(), newest, null);
      } catch (FeedParseException e) {
        return ProbeResult.failed(e.getMessage());
      }
    }
    if (outcome instanceof FetchOutcome.Failed failed) {
      return ProbeResult.failed(failed.message());
    }
    if (outcome instanceof FetchOutcome.Gone gone) {
      return ProbeResult.failed(gone.message() == null ? "HTTP 410 Gone" : gone.message());
    }
    return ProbeResult.failed("unexpected answer: " + outcome);
  }

  @Override
  public CompletionStage<Void> apply(List<SourceConfig> sources) {
    return inBackground(
        () -> {
          try {
            new SourcesFile().write(sourcesFile, sources);
          } catch (IOException e) {
            throw new IllegalStateException(
                "cannot save " + sourcesFile + ": " + e.getMessage(), e);
          }
          app.replaceSources(sources);
          bridge.retainStatuses(
              sources.stream().map(SourceConfig::id).collect(java.util.stream.Collectors.toSet()));
          return null;
        });
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
            bridge.onFxThread(() -> result.complete(value));
          } catch (RuntimeException e) {
            bridge.onFxThread(() -> result.completeExceptionally(e));
          }
        });
    return result;
  }
}
