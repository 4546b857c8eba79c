package org.wirewatch.ui.harness;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.source.SourceConfig;
import org.wirewatch.timeline.Timeline;
import org.wirewatch.timeline.fx.TimelineFxBridge;
import org.wirewatch.ui.MainWindow;
import org.wirewatch.ui.UiContext;

/**
 * A development harness, test scope only: the main window over a real Timeline and FX bridge fed by
 * a made-up wire every few seconds. Run with {@code mvn -q exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.wirewatch.ui.harness.UiHarness}.
 */
public final class UiHarness {
  private UiHarness() {}

  public static void main(String[] args) {
    Application.launch(App.class, args);
  }

  /** The JavaFX application the harness launches. */
  public static final class App extends Application {
    private final ScheduledExecutorService feeder = Executors.newSingleThreadScheduledExecutor();

    @Override
    public void start(Stage stage) throws Exception {
      Timeline timeline = new Timeline();
      TimelineFxBridge bridge = TimelineFxBridge.onPlatform().attach(timeline);
      SourceId wire = SourceId.of("wire");
      SourceId agency = SourceId.of("agency");
      List<SourceConfig> sources =
          List.of(
              new SourceConfig(
                  wire,
                  "India Live",
                  URI.create("https://example.org/live"),
                  null,
                  null,
                  ZoneId.of("Asia/Kolkata"),
                  null,
                  true),
              new SourceConfig(
                  agency,
                  "Agency Wire",
                  URI.create("https://example.net/wire"),
                  null,
                  null,
                  ZoneId.of("Europe/London"),
                  null,
                  true));
      Path dir = Files.createTempDirectory("wirewatch-ui-harness");
      UiContext ctx =
          new UiContext(
              bridge.entries(),
              bridge.statuses(),
              sources,
              id -> {},
              url -> System.out.println("open " + url),
              dir,
              Clock.systemUTC());
      new MainWindow(ctx).show(stage);

      Random random = new Random(7);
      AtomicInteger n = new AtomicInteger();
      List<LiveUpdate> wireItems = new ArrayList<>();
      wireItems.add(
          update(
              wire,
              "u1807",
              OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)).minusMinutes(40),
              "Putin-Trump summit likely next week: Kremlin envoy",
              "Russian President Vladimir Putin and US President Donald Trump are likely to meet"
                  + " next week, a Kremlin envoy said on Thursday.",
              "ANI",
              Priority.NORMAL));
      for (int i = 0; i < 12; i++) {
        wireItems.add(
            update(
                wire,
                "w" + i,
                OffsetDateTime.now().minusMinutes(45 + i * 7L),
                HEADLINES[i % HEADLINES.length],
                BODY,
                i % 3 == 0 ? "PTI" : "ANI",
                i == 4 ? Priority.PINNED : Priority.NORMAL));
      }
      timeline.ingest(wire, FeedSnapshot.of(wireItems), Instant.now());
      bridge.onStatus(status(wire, "India Live", SourceState.LIVE, null));
      bridge.onStatus(
          status(agency, "Agency Wire", SourceState.FAILING, "HTTP 503 Service Unavailable"));
      feeder.scheduleAtFixedRate(
          () -> {
            int i = n.incrementAndGet();
            boolean breaking = i % 5 == 0;
            LiveUpdate u =
                update(
                    i % 2 == 0 ? wire : agency,
                    "live" + i,
                    OffsetDateTime.now(),
                    HEADLINES[random.nextInt(HEADLINES.length)],
                    BODY,
                    i % 2 == 0 ? "ANI" : "Reuters",
                    breaking ? Priority.BREAKING : Priority.NORMAL);
            timeline.ingest(u.source(), FeedSnapshot.of(List.of(u)), Instant.now());
            if (i == 3) {
              bridge.onStatus(status(agency, "Agency Wire", SourceState.LIVE, null));
              timeline.ingest(wire, new FeedSnapshot(null, List.of(), Set.of("w2")), Instant.now());
            }
          },
          2,
          4,
          TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
      feeder.shutdownNow();
    }
  }

  private static final String BODY =
      "Officials said more details would follow later in the day. The situation is being"
          + " monitored closely and further statements are expected.";

  private static final String[] HEADLINES = {
    "Monsoon session of Parliament adjourned amid opposition protests",
    "RBI keeps repo rate unchanged at 5.5 per cent",
    "Heavy rain lashes Mumbai; local trains running late",
    "Sensex climbs 400 points in early trade",
    "Election Commission announces dates for state polls",
    "Rescue operations continue in landslide-hit district",
    "Foreign ministers to meet in New Delhi next month",
    "Cricket: India win toss, elect to bat first",
  };

  private static LiveUpdate update(
      SourceId source,
      String id,
      OffsetDateTime at,
      String headline,
      String text,
      String author,
      Priority priority) {
    return new LiveUpdate(
        source,
        id,
        at,
        null,
        headline,
        text,
        null,
        URI.create("https://example.org/live#" + id),
        author,
        List.of(),
        priority,
        Instant.now(),
        Set.of());
  }

  private static SourceStatus status(SourceId id, String name, SourceState state, String error) {
    Instant now = Instant.now();
    return new SourceStatus(
        id,
        name,
        URI.create("https://example.org/" + id),
        state,
        error,
        now.minusSeconds(20),
        now.minusSeconds(20),
        error == null ? null : now.minusSeconds(90),
        now.plusSeconds(error == null ? 15 : 40),
        error == null
            ? List.of()
            : List.of(new SourceStatus.SourceError(now.minusSeconds(90), error)));
  }
}
