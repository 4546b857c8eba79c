package org.wirewatch.model;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One timestamped update from one source, as the source published it. Immutable: an edit at the
 * source produces a new value with the same {@link #key()}.
 *
 * @param source the source it came from
 * @param id stable across polls: the source's own id, guid or permalink, else a hash of published
 *     time and normalized headline (see {@link UpdateIds})
 * @param published when the source says it was published, in the source's own offset
 * @param updated when the source says it was last modified, or {@code null}
 * @param headline the headline, plain text
 * @param text the body as plain text (may be empty)
 * @param html the body as sanitized HTML, or {@code null} when the source gave none
 * @param permalink link to the update, or {@code null}
 * @param author credit or author, e.g. "ANI", or {@code null}
 * @param tags tags or categories
 * @param priority normal, breaking or pinned
 * @param firstSeen when Wirewatch first saw it
 * @param flags problems found with the item, none for a clean one
 * @param origin where a relay first read it, or {@code null} when it was read from its source
 */
public record LiveUpdate(
    SourceId source,
    String id,
    OffsetDateTime published,
    OffsetDateTime updated,
    String headline,
    String text,
    String html,
    URI permalink,
    String author,
    List<String> tags,
    Priority priority,
    Instant firstSeen,
    Set<UpdateFlag> flags,
    Origin origin) {

  public LiveUpdate {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(firstSeen, "firstSeen");
    headline = headline == null ? "" : headline;
    text = text == null ? "" : text;
    tags = tags == null ? List.of() : List.copyOf(tags);
    priority = priority == null ? Priority.NORMAL : priority;
    flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(flags);
  }

  /** An update read straight from its source (no origin). */
  public LiveUpdate(
      SourceId source,
      String id,
      OffsetDateTime published,
      OffsetDateTime updated,
      String headline,
      String text,
      String html,
      URI permalink,
      String author,
      List<String> tags,
      Priority priority,
      Instant firstSeen,
      Set<UpdateFlag> flags) {
    this(
        source, id, published, updated, headline, text, html, permalink, author, tags, priority,
        firstSeen, flags, null);
  }

  /**
   * The name a reader is shown for where this came from: the origin's when a relay passed it on,
   * else the configured source's name from {@code configuredNames}.
   */
  public String sourceName(Function<SourceId, String> configuredNames) {
    return origin != null ? origin.name() : configuredNames.apply(source);
  }

  /** The identity that de-duplicates across polls. */
  public UpdateKey key() {
    return new UpdateKey(source, id);
  }

  public Instant publishedInstant() {
    return published.toInstant();
  }

  /** When this revision was last changed: the updated time if any, else the published time. */
  public Instant lastModified() {
    return updated != null ? updated.toInstant() : published.toInstant();
  }

  public boolean hasFlag(UpdateFlag flag) {
    return flags.contains(flag);
  }

  /** True when the source gave no usable date and {@link #firstSeen} stands in for it. */
  public boolean dateStandsIn() {
    return flags.contains(UpdateFlag.MISSING_DATE)
        || flags.contains(UpdateFlag.UNREADABLE_DATE)
        || flags.contains(UpdateFlag.FUTURE_DATE);
  }

  /** True when what a reader sees differs from {@code other}; times of sighting do not count. */
  public boolean contentDiffers(LiveUpdate other) {
    return !Objects.equals(headline, other.headline)
        || !Objects.equals(text, other.text)
        || !Objects.equals(html, other.html)
        || !Objects.equals(permalink, other.permalink)
        || !Objects.equals(author, other.author)
        || !Objects.equals(tags, other.tags)
        || priority != other.priority
        || !Objects.equals(origin, other.origin)
        || (!dateStandsIn()
            && !other.dateStandsIn()
            && !published.toInstant().equals(other.published.toInstant()));
  }

  public LiveUpdate withFirstSeen(Instant seen) {
    return new LiveUpdate(
        source, id, published, updated, headline, text, html, permalink, author, tags, priority,
        seen, flags, origin);
  }

  public LiveUpdate withPublished(OffsetDateTime when) {
    return new LiveUpdate(
        source, id, when, updated, headline, text, html, permalink, author, tags, priority,
        firstSeen, flags, origin);
  }

  public LiveUpdate withId(String newId) {
    return new LiveUpdate(
        source, newId, published, updated, headline, text, html, permalink, author, tags, priority,
        firstSeen, flags, origin);
  }

  public LiveUpdate withSource(SourceId newSource) {
    return new LiveUpdate(
        newSource, id, published, updated, headline, text, html, permalink, author, tags, priority,
        firstSeen, flags, origin);
  }

  public LiveUpdate withOrigin(Origin newOrigin) {
    return new LiveUpdate(
        source, id, published, updated, headline, text, html, permalink, author, tags, priority,
        firstSeen, flags, newOrigin);
  }
}
