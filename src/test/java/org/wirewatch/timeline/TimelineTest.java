package org.wirewatch.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirewatch.model.Updates.update;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wirewatch.ingest.UpdateChange;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.model.UpdateFlag;

class TimelineTest {
  private static final SourceId REDIFF = SourceId.of("rediff");
  private static final SourceId WIRE = SourceId.of("wire");
  private static final Instant T0 = Instant.parse("2025-08-07T12:40:00Z");

  private final Timeline timeline = new Timeline();
  private final List<TimelineDelta> deltas = new ArrayList<>();

  {
    timeline.subscribe(deltas::add, Runnable::run);
  }

  private List<UpdateChange> ingest(SourceId source, Instant at, LiveUpdate... updates) {
    return timeline.ingest(source, FeedSnapshot.of(List.of(updates)), at);
  }

  private List<String> headlines() {
    return timeline.snapshot().stream().map(e -> e.update().headline()).toList();
  }

  @Test
  void mergesSourcesNewestFirstByPublishedTime() {
    ingest(
        REDIFF,
        T0,
        update()
            .id("a")
            .headline("17:31 kabutarkhanas")
            .published("2025-08-07T17:31:00+05:30")
            .build());
    ingest(
        WIRE,
        T0,
        update()
            .source("wire")
            .id("b")
            .headline("12:40Z summit")
            .published("2025-08-07T12:40:00Z")
            .build());
    ingest(
        REDIFF,
        T0,
        update().id("c").headline("16:42 NDRF").published("2025-08-07T16:42:00+05:30").build());

    assertThat(headlines()).containsExactly("12:40Z summit", "17:31 kabutarkhanas", "16:42 NDRF");
  }

  @Test
  void samePollTwiceAddsNothingTheSecondTime() {
    LiveUpdate u = update().build();
    assertThat(ingest(REDIFF, T0, u)).hasSize(1).first().isInstanceOf(UpdateChange.Added.class);
    assertThat(ingest(REDIFF, T0.plusSeconds(15), u)).isEmpty();
    assertThat(timeline.size()).isEqualTo(1);
    assertThat(deltas).hasSize(1);
  }

  @Test
  void sameIdFromTwoSourcesIsTwoUpdates() {
    ingest(REDIFF, T0, update().id("1").build());
    ingest(WIRE, T0, update().source("wire").id("1").build());
    assertThat(timeline.size()).isEqualTo(2);
  }

  @Test
  void editedUpdateReplacesOlderRevisionAndKeepsIt() {
    ingest(REDIFF, T0, update().headline("Summit likely").build());
    Instant editSeen = T0.plusSeconds(300);
    List<UpdateChange> changes =
        ingest(REDIFF, editSeen, update().headline("Summit next week").build());

    assertThat(changes).singleElement().isInstanceOf(UpdateChange.Edited.class);
    TimelineEntry entry = timeline.snapshot().get(0);
    assertThat(entry.update().headline()).isEqualTo("Summit next week");
    assertThat(entry.edited()).isTrue();
    assertThat(entry.editedAt()).isEqualTo(editSeen);
    assertThat(entry.previous().headline()).isEqualTo("Summit likely");
    assertThat(entry.update().firstSeen()).as("first sighting survives edits").isEqualTo(T0);
    assertThat(timeline.size()).isEqualTo(1);
  }

  @Test
  void editTimeIsTheSourcesOwnModificationTimeWhenItGivesOne() {
    ingest(REDIFF, T0, update().id("s").headline("v1").build());
    ingest(
        REDIFF,
        T0.plusSeconds(900),
        update().id("s").headline("v2").updated("2025-08-07T18:12:00+05:30").build());
    ingest(REDIFF, T0, update().id("w").headline("v1").build());
    ingest(REDIFF, T0.plusSeconds(60), update().id("w").headline("v2").build());

    assertThat(
            timeline.find(new org.wirewatch.model.UpdateKey(REDIFF, "s")).orElseThrow().editTime())
        .isEqualTo(Instant.parse("2025-08-07T12:42:00Z"));
    assertThat(
            timeline.find(new org.wirewatch.model.UpdateKey(REDIFF, "w")).orElseThrow().editTime())
        .as("no modification time from the source: when Wirewatch saw the edit")
        .isEqualTo(T0.plusSeconds(60));
  }

  @Test
  void newerUpdatedTimeAloneCountsAsAnEdit() {
    ingest(REDIFF, T0, update().updated("2025-08-07T18:07:00+05:30").build());
    List<UpdateChange> changes =
        ingest(REDIFF, T0.plusSeconds(60), update().updated("2025-08-07T18:12:00+05:30").build());
    assertThat(changes).singleElement().isInstanceOf(UpdateChange.Edited.class);
  }

  @Test
  void everyRevisionIsKeptInOrder() {
    ingest(REDIFF, T0, update().headline("v1").build());
    ingest(REDIFF, T0.plusSeconds(1), update().headline("v2").build());
    ingest(REDIFF, T0.plusSeconds(2), update().headline("v3").build());
    assertThat(timeline.snapshot().get(0).revisions())
        .extracting(r -> r.update().headline())
        .containsExactly("v1", "v2");
  }

  @Test
  void revisionsAreBoundedOldestFirstSoEndlessEditsCannotExhaustMemory() {
    for (int i = 0; i <= TimelineEntry.MAX_REVISIONS + 5; i++) {
      ingest(REDIFF, T0.plusSeconds(i), update().headline("v" + i).build());
    }
    List<org.wirewatch.model.Revision> kept = timeline.snapshot().get(0).revisions();
    assertThat(kept).hasSize(TimelineEntry.MAX_REVISIONS);
    assertThat(kept.get(0).update().headline()).isEqualTo("v5");
    assertThat(kept.get(kept.size() - 1).update().headline())
        .isEqualTo("v" + (TimelineEntry.MAX_REVISIONS + 4));
  }

  @Test
  void aRemovedSourcesUpdatesLeaveAndComeBackAsNewIfItIsAddedAgain() {
    ingest(REDIFF, T0, update().id("r").build());
    ingest(WIRE, T0, update().source("wire").id("w").build());
    deltas.clear();

    timeline.forgetSource(REDIFF);

    assertThat(timeline.snapshot()).extracting(e -> e.key().id()).containsExactly("w");
    assertThat(deltas)
        .singleElement()
        .satisfies(d -> assertThat(d.evicted()).extracting(k -> k.id()).containsExactly("r"));
    assertThat(ingest(REDIFF, T0.plusSeconds(60), update().id("r").build()))
        .singleElement()
        .isInstanceOf(UpdateChange.Added.class);
  }

  @Test
  void slidingWindowDeletesNothing() {
    ingest(
        REDIFF,
        T0,
        update().id("old").published("2025-08-07T16:00:00+05:30").build(),
        update().id("mid").published("2025-08-07T17:00:00+05:30").build());
    List<UpdateChange> changes =
        ingest(
            REDIFF,
            T0.plusSeconds(15),
            update().id("mid").published("2025-08-07T17:00:00+05:30").build(),
            update().id("new").published("2025-08-07T18:00:00+05:30").build());

    assertThat(changes).singleElement().isInstanceOf(UpdateChange.Added.class);
    assertThat(timeline.snapshot())
        .extracting(e -> e.key().id())
        .containsExactly("new", "mid", "old");
    assertThat(timeline.snapshot()).noneMatch(TimelineEntry::withdrawn);
  }

  @Test
  void explicitDeletionLeavesATombstoneWithItsTime() {
    ingest(REDIFF, T0, update().id("x").build());
    Instant removedAt = T0.plusSeconds(30);
    List<UpdateChange> changes =
        timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("x")), removedAt);

    assertThat(changes).singleElement().isInstanceOf(UpdateChange.Removed.class);
    TimelineEntry tombstone = timeline.snapshot().get(0);
    assertThat(tombstone.withdrawn()).isTrue();
    assertThat(tombstone.withdrawnAt()).isEqualTo(removedAt);
    assertThat(tombstone.update().headline())
        .as("a reader can still see what was withdrawn")
        .isNotBlank();
    assertThat(
            timeline.ingest(
                REDIFF, new FeedSnapshot(null, List.of(), Set.of("x")), removedAt.plusSeconds(15)))
        .as("deleting twice is one removal")
        .isEmpty();
  }

  @Test
  void deletionOfAnUnknownIdIsIgnored() {
    assertThat(timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("never-seen")), T0))
        .isEmpty();
    assertThat(timeline.size()).isZero();
  }

  @Test
  void boundedRetentionEvictsOldestFirstAndDoesNotReAddThem() {
    Timeline small = new Timeline(3);
    List<TimelineDelta> seen = new ArrayList<>();
    small.subscribe(seen::add, Runnable::run);
    List<LiveUpdate> five = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      five.add(update().id("u" + i).published("2025-08-07T1" + i + ":00:00+05:30").build());
    }
    small.ingest(REDIFF, FeedSnapshot.of(five), T0);

    assertThat(small.snapshot()).extracting(e -> e.key().id()).containsExactly("u4", "u3", "u2");
    assertThat(seen.get(0).evicted()).extracting(k -> k.id()).containsExactlyInAnyOrder("u0", "u1");
    assertThat(small.ingest(REDIFF, FeedSnapshot.of(five), T0.plusSeconds(15)))
        .as("a source still serving an evicted update does not make it new again")
        .isEmpty();
  }

  @Test
  void undatedUpdateKeepsItsStandInDateAcrossPolls() {
    LiveUpdate undated =
        update()
            .id("nodate")
            .flags(UpdateFlag.MISSING_DATE)
            .published("2025-08-07T18:10:00+05:30")
            .build();
    ingest(REDIFF, T0, undated);
    LiveUpdate nextPoll = undated.withPublished(undated.published().plusSeconds(15));
    assertThat(ingest(REDIFF, T0.plusSeconds(15), nextPoll)).isEmpty();
    assertThat(timeline.snapshot().get(0).update().published()).isEqualTo(undated.published());
  }

  @Test
  void updatesIngestedUnderAnotherSourceIdAreFiledUnderTheIngestingSource() {
    ingest(WIRE, T0, update().source("rediff").id("z").build());
    assertThat(timeline.snapshot().get(0).key().source()).isEqualTo(WIRE);
  }

  @Test
  void withdrawnUpdateServedAgainUnchangedStaysWithdrawn() {
    ingest(REDIFF, T0, update().id("x").build());
    timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("x")), T0.plusSeconds(15));
    assertThat(ingest(REDIFF, T0.plusSeconds(30), update().id("x").build()))
        .as("a stale copy that still lists a deleted update does not revive it")
        .isEmpty();
    assertThat(timeline.snapshot().get(0).withdrawn()).isTrue();
  }

  @Test
  void withdrawnUpdateRepublishedWithANewerTimeComesBackAsAnEdit() {
    ingest(REDIFF, T0, update().id("x").build());
    timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("x")), T0.plusSeconds(15));
    LiveUpdate republished =
        update().id("x").updated("2025-08-07T18:20:00+05:30").headline("Back, corrected").build();
    List<UpdateChange> changes = ingest(REDIFF, T0.plusSeconds(30), republished);
    assertThat(changes).singleElement().isInstanceOf(UpdateChange.Edited.class);
    assertThat(timeline.snapshot().get(0).withdrawn()).isFalse();
    assertThat(timeline.snapshot().get(0).update().headline()).isEqualTo("Back, corrected");
  }

  @Test
  void copyWithAnOlderUpdatedTimeNeverRevertsAnEdit() {
    LiveUpdate first = update().id("x").updated("2025-08-07T18:08:00+05:30").build();
    LiveUpdate edited =
        update().id("x").updated("2025-08-07T18:12:00+05:30").headline("Corrected").build();
    ingest(REDIFF, T0, first);
    ingest(REDIFF, T0.plusSeconds(15), edited);
    assertThat(ingest(REDIFF, T0.plusSeconds(30), first))
        .as("a lagging mirror serving the 18:08 copy after the 18:12 edit")
        .isEmpty();
    assertThat(headlines()).containsExactly("Corrected");
  }

  @Test
  void batchServedOlderThanTheLastAppliedOneChangesNothing() {
    LiveUpdate original = update().id("x").build();
    LiveUpdate edited = update().id("x").headline("Corrected").build();
    Instant madeAt1805 = Instant.parse("2025-08-07T12:35:00Z");
    Instant madeAt1812 = Instant.parse("2025-08-07T12:42:00Z");
    timeline.ingest(batch(T0, madeAt1805, original), id -> true);
    timeline.ingest(batch(T0.plusSeconds(15), madeAt1812, edited), id -> true);

    IngestResult stale =
        timeline.ingest(
            batch(T0.plusSeconds(30), madeAt1805, original, update().id("y").build()), id -> true);

    assertThat(stale.staleCopy()).isTrue();
    assertThat(stale.changes()).isEmpty();
    assertThat(stale.lastApplied()).isEqualTo(madeAt1812);
    assertThat(headlines()).containsExactly("Corrected");
  }

  @Test
  void deletionOfAnUnseenUpdateKeepsALaterStaleCopyFromAddingIt() {
    timeline.ingest(REDIFF, new FeedSnapshot(null, List.of(), Set.of("x")), T0);
    assertThat(ingest(REDIFF, T0.plusSeconds(15), update().id("x").build())).isEmpty();
    assertThat(timeline.size()).isZero();
  }

  @Test
  void fetchOfARemovedSourceIsNotAdmitted() {
    IngestResult result =
        timeline.ingest(batch(T0, null, update().id("x").build()), id -> !id.equals(REDIFF));
    assertThat(result.changes()).isEmpty();
    assertThat(timeline.size()).isZero();
    assertThat(deltas).isEmpty();
  }

  private static SourceBatch batch(Instant seen, Instant served, LiveUpdate... updates) {
    return new SourceBatch(REDIFF, FeedSnapshot.of(List.of(updates)), seen, served);
  }
}
