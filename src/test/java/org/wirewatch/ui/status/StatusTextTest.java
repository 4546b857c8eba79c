package org.wirewatch.ui.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.SourceState;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.Updates;

class StatusTextTest {
  private static final Instant NOW = Instant.parse("2025-08-07T12:45:00Z");
  private static final DisplayTime IST = new DisplayTime(ZoneId.of("Asia/Kolkata"), false);

  private static SourceStatus status(
      SourceState state, String error, Instant staleSince, Instant next) {
    return new SourceStatus(
        Updates.WIRE,
        "Wire",
        URI.create("https://x.example/"),
        state,
        error,
        NOW.minusSeconds(60),
        NOW.minusSeconds(300),
        staleSince,
        next,
        List.of());
  }

  private static SourceStatus withNotes(String... notes) {
    return new SourceStatus(
        Updates.WIRE,
        "Wire",
        URI.create("https://x.example/"),
        SourceState.LIVE,
        null,
        NOW,
        NOW,
        null,
        null,
        List.of(),
        List.of(notes));
  }

  @Test
  void notesSayWhatTheLastDocumentSaidInAFewWords() {
    assertThat(StatusText.notes(withNotes())).isEmpty();
    assertThat(
            StatusText.notes(
                withNotes("using the page's Atom feed (https://news.example.in/live/feed.atom)")))
        .isEqualTo("using the page's Atom feed");
    assertThat(
            StatusText.notes(
                withNotes(
                    "the document was repaired: removed control characters XML does not allow",
                    "item $.items[3] is a string, not an object; skipped")))
        .isEqualTo("the document was repaired +1 more");
  }

  @Test
  void describesEachState() {
    assertThat(StatusText.state(status(SourceState.LIVE, null, null, NOW.plusSeconds(9)), NOW, IST))
        .isEqualTo("live");
    assertThat(
            StatusText.state(
                status(SourceState.STALE, null, Instant.parse("2025-08-07T12:42:00Z"), null),
                NOW,
                IST))
        .isEqualTo("stale since 18:12");
    assertThat(
            StatusText.state(
                status(SourceState.FAILING, "HTTP 503", NOW, NOW.plusSeconds(40)), NOW, IST))
        .isEqualTo("failing: HTTP 503, retry in 40 s");
    assertThat(StatusText.state(status(SourceState.STOPPED, "HTTP 410 Gone", NOW, null), NOW, IST))
        .isEqualTo("stopped: HTTP 410 Gone");
  }

  @Test
  void givesTheLastUpdateAndTheNextPoll() {
    assertThat(
            StatusText.timing(status(SourceState.LIVE, null, null, NOW.plusSeconds(12)), NOW, IST))
        .isEqualTo("updated 18:10 · next in 12 s");
  }
}
