package org.wirewatch.format.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs the date vectors three other feed readers keep in their own tests (copied verbatim into
 * src/test/resources/fixtures, see NOTICE.md) through {@link DateTimeParser} with UTC as the source
 * zone, and prints the pass rate.
 */
class DateVectorsTest {
  private final DateTimeParser parser = new DateTimeParser();

  /**
   * Korean blog-engine stamps carry no zone and mean KST; an ISO ordinal with a two-digit year
   * ("03335") collides with rejecting "22013". Deliberately not supported.
   */
  private static final Set<String> UNSUPPORTED =
      Set.of("2004-05-25 오후 11:23:17", "2004년 05월 28일  01:31:15", "03335");

  @Test
  void feedparserVectorsAllPassExceptTheDocumentedUnsupportedOnes() {
    JsonArray vectors =
        load("feedparser/_extracted/date_parser_vectors.json").getAsJsonArray("vectors");
    List<String> failures = new ArrayList<>();
    int total = 0;
    for (JsonElement e : vectors) {
      JsonObject v = e.getAsJsonObject();
      String input = v.get("input_value").isJsonNull() ? null : v.get("input_value").getAsString();
      total++;
      Optional<OffsetDateTime> got = parser.parse(input, ZoneOffset.UTC);
      boolean ok;
      if (v.get("expected_value").isJsonNull()) {
        ok = got.isEmpty();
      } else {
        JsonArray x = v.getAsJsonArray("expected_value");
        LocalDateTime want =
            LocalDateTime.of(
                x.get(0).getAsInt(),
                x.get(1).getAsInt(),
                x.get(2).getAsInt(),
                x.get(3).getAsInt(),
                x.get(4).getAsInt(),
                x.get(5).getAsInt());
        ok =
            got.isPresent()
                && got.get()
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime()
                    .withNano(0)
                    .equals(want);
      }
      if (!ok) {
        failures.add(input + " -> " + got);
      }
    }
    report("feedparser", total, failures);
    assertThat(failures).allMatch(f -> UNSUPPORTED.stream().anyMatch(f::startsWith));
  }

  @Test
  void minifluxVectorsAllPass() {
    JsonArray vectors =
        load("miniflux/_extracted/internal/reader/date/date_vectors.json")
            .getAsJsonArray("vectors");
    List<String> failures = new ArrayList<>();
    int total = 0;
    for (JsonElement e : vectors) {
      JsonObject v = e.getAsJsonObject();
      String expect = v.getAsJsonArray("expect").toString();
      for (JsonElement in : v.getAsJsonArray("inputs")) {
        total++;
        Optional<OffsetDateTime> got = parser.parse(in.getAsString(), ZoneOffset.UTC);
        boolean ok;
        if (expect.contains("must return an error")) {
          ok = got.isEmpty();
        } else if (v.has("expected_utc")) {
          ok =
              got.isPresent()
                  && got.get()
                      .toInstant()
                      .equals(Instant.parse(v.get("expected_utc").getAsString()));
        } else if (expect.contains("offset == 0")) {
          ok = got.isPresent() && got.get().getOffset().equals(ZoneOffset.UTC);
        } else {
          ok = got.isPresent();
        }
        if (!ok) {
          failures.add(in.getAsString() + " -> " + got);
        }
      }
    }
    report("miniflux", total, failures);
    assertThat(failures).isEmpty();
  }

  @Test
  void rsparserVectorsAllPass() {
    JsonArray vectors =
        load("rsparser/_extracted/RSDateParser_vectors.json").getAsJsonArray("vectors");
    List<String> failures = new ArrayList<>();
    for (JsonElement e : vectors) {
      JsonObject v = e.getAsJsonObject();
      JsonArray x = v.getAsJsonArray("expected_utc_components");
      LocalDateTime want =
          LocalDateTime.of(
              x.get(0).getAsInt(),
              x.get(1).getAsInt(),
              x.get(2).getAsInt(),
              x.get(3).getAsInt(),
              x.get(4).getAsInt(),
              x.get(5).getAsInt(),
              x.size() > 6 ? x.get(6).getAsInt() * 1_000_000 : 0);
      Optional<OffsetDateTime> got = parser.parse(v.get("input").getAsString(), ZoneOffset.UTC);
      boolean ok =
          got.isPresent()
              && got.get()
                  .withOffsetSameInstant(ZoneOffset.UTC)
                  .toLocalDateTime()
                  .withNano(got.get().getNano() / 1_000_000 * 1_000_000)
                  .equals(want);
      if (!ok) {
        failures.add(v.get("input").getAsString() + " -> " + got);
      }
    }
    report("rsparser", vectors.size(), failures);
    assertThat(failures).isEmpty();
  }

  private static void report(String origin, int total, List<String> failures) {
    System.out.printf(
        "date vectors %-10s %d/%d pass (%.1f%%)%n",
        origin, total - failures.size(), total, 100.0 * (total - failures.size()) / total);
    failures.forEach(f -> System.out.println("  not read as expected: " + f));
  }

  private static JsonObject load(String path) {
    try (InputStream in = DateVectorsTest.class.getResourceAsStream("/fixtures/" + path)) {
      return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .getAsJsonObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
