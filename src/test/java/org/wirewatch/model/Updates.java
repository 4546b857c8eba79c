package org.wirewatch.model;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Test builder for {@link LiveUpdate}: sensible defaults, override what the test is about. */
public final class Updates {
  public static final Instant SEEN = Instant.parse("2025-08-07T12:40:00Z");

  private SourceId source = SourceId.of("rediff");
  private String id = "item-1";
  private OffsetDateTime published = OffsetDateTime.parse("2025-08-07T18:07:00+05:30");
  private OffsetDateTime updated;
  private String headline = "Putin-Trump summit likely next week: Kremlin envoy";
  private String text = "Kirill A Dmitriev confirmed that preparations are underway.";
  private String author = "ANI";
  private Priority priority = Priority.NORMAL;
  private Set<UpdateFlag> flags = Set.of();

  public static Updates update() {
    return new Updates();
  }

  public Updates source(String s) {
    source = SourceId.of(s);
    return this;
  }

  public Updates id(String s) {
    id = s;
    return this;
  }

  public Updates published(String iso) {
    published = OffsetDateTime.parse(iso);
    return this;
  }

  public Updates updated(String iso) {
    updated = OffsetDateTime.parse(iso);
    return this;
  }

  public Updates headline(String s) {
    headline = s;
    return this;
  }

  public Updates text(String s) {
    text = s;
    return this;
  }

  public Updates priority(Priority p) {
    priority = p;
    return this;
  }

  public Updates flags(UpdateFlag... f) {
    flags = Set.of(f);
    return this;
  }

  public LiveUpdate build() {
    return new LiveUpdate(
        source,
        id,
        published,
        updated,
        headline,
        text,
        null,
        URI.create("https://live.example.in/news/" + id),
        author,
        List.of(),
        priority,
        SEEN,
        flags);
  }
}
