package org.wirewatch.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Priority;
import org.wirewatch.ui.DisplayTime;
import org.wirewatch.ui.Updates;

class CitationTest {
  private static final DisplayTime INDIA = new DisplayTime(ZoneId.of("Asia/Kolkata"), false);

  @Test
  void citesTimeZoneDateHeadlineCreditSourceAndLink() {
    assertThat(Citation.of(Updates.seed(), "The Live Page", INDIA))
        .isEqualTo(
            "18:07 IST, 7 Aug 2025 — Putin-Trump summit likely next week: Kremlin envoy"
                + " (ANI via The Live Page) https://example.org/live#u1807");
  }

  @Test
  void usesTheDisplayZoneNotTheSourceOffset() {
    DisplayTime london = new DisplayTime(ZoneId.of("Europe/London"), false);
    assertThat(Citation.of(Updates.seed(), "Page", london)).startsWith("13:37 BST, 7 Aug 2025 — ");
  }

  @Test
  void leavesOutWhatIsUnknown() {
    LiveUpdate bare =
        new LiveUpdate(
            Updates.WIRE,
            "x",
            Updates.AT_1807,
            null,
            "Headline",
            "",
            null,
            null,
            null,
            List.of(),
            Priority.NORMAL,
            Updates.AT_1807.toInstant(),
            Set.of());
    assertThat(Citation.of(bare, "Wire", INDIA))
        .isEqualTo("18:07 IST, 7 Aug 2025 — Headline (Wire)");
  }

  @Test
  void doesNotRepeatACreditThatIsTheSource() {
    LiveUpdate u =
        new LiveUpdate(
            Updates.WIRE,
            "x",
            Updates.AT_1807,
            null,
            "H",
            "",
            null,
            URI.create("https://a.b/c"),
            "Reuters",
            List.of(),
            Priority.NORMAL,
            Updates.AT_1807.toInstant(),
            Set.of());
    assertThat(Citation.of(u, "reuters", INDIA)).endsWith("— H (Reuters) https://a.b/c");
  }
}
