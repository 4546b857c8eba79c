package org.wirewatch.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirewatch.model.Updates.update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LiveUpdateTest {

  @Test
  void tagsAreCopiedSoTheRecordStaysImmutable() {
    List<String> tags = new ArrayList<>(List.of("Russia"));
    LiveUpdate u =
        new LiveUpdate(
            SourceId.of("s"),
            "1",
            update().build().published(),
            null,
            "h",
            "t",
            null,
            null,
            null,
            tags,
            null,
            Instant.EPOCH,
            null);
    tags.add("US");
    assertThat(u.tags()).containsExactly("Russia");
    assertThat(u.priority()).isEqualTo(Priority.NORMAL);
    assertThatThrownBy(() -> u.tags().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void firstSeenTimeIsNotAContentDifference() {
    LiveUpdate a = update().build();
    assertThat(a.withFirstSeen(Instant.EPOCH).contentDiffers(a)).isFalse();
    assertThat(update().headline("Summit confirmed").build().contentDiffers(a)).isTrue();
  }

  @Test
  void aRelayedUpdateIsNamedForItsOriginAndKeepsItThroughEveryCopy() {
    Origin rediff = new Origin("rediff", "Rediff live");
    LiveUpdate u = update().source("relay").build().withOrigin(rediff);
    assertThat(u.sourceName(id -> "Newsroom relay")).isEqualTo("Rediff live");
    assertThat(update().source("relay").build().sourceName(id -> "Newsroom relay"))
        .isEqualTo("Newsroom relay");
    assertThat(
            List.of(
                u.withFirstSeen(Instant.EPOCH),
                u.withPublished(u.published().plusMinutes(1)),
                u.withId("other"),
                u.withSource(SourceId.of("s2"))))
        .extracting(LiveUpdate::origin)
        .containsOnly(rediff);
    assertThat(u.withOrigin(new Origin("rediff", "Rediff renamed")).contentDiffers(u))
        .as("the name a reader sees changed")
        .isTrue();
    assertThat(u.withFirstSeen(Instant.EPOCH).contentDiffers(u)).isFalse();
  }

  @Test
  void anOriginWithoutANameIsNamedByItsId() {
    assertThat(new Origin(" wire ", "  ")).isEqualTo(new Origin("wire", "wire"));
    assertThat(Origin.ofNullable(" ", "Claims a name")).isNull();
    assertThat(Origin.ofNullable(null, "Claims a name")).isNull();
  }

  @Test
  void standInDatesOfUndatedItemsAreNotComparedAsContent() {
    LiveUpdate a = update().flags(UpdateFlag.MISSING_DATE).build();
    LiveUpdate b = a.withPublished(a.published().plusMinutes(3));
    assertThat(b.contentDiffers(a)).isFalse();
  }

  @Test
  void derivedIdsIgnoreCaseSpacingAndPunctuationButNotTheMinute() {
    Instant t = Instant.parse("2025-08-07T12:37:00Z");
    String id = UpdateIds.derived(t, "Putin-Trump summit likely next week: Kremlin envoy");
    assertThat(
            UpdateIds.derived(
                t.plusSeconds(20), "putin trump  summit likely next week kremlin envoy"))
        .isEqualTo(id);
    assertThat(UpdateIds.derived(t.plusSeconds(60), "Putin-Trump summit likely next week"))
        .isNotEqualTo(id);
    assertThat(UpdateIds.derived(null, "x")).startsWith("h:");
  }

  @Test
  void blankSourceIdIsRefused() {
    assertThatThrownBy(() -> SourceId.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
