package org.wirewatch.format.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts stated expectations met and missed, per origin and per field. A miss where Wirewatch
 * departs from an origin's choice on purpose is counted apart, named with its reason, and left out
 * of the rate; everything else missed is a miss.
 */
final class Tally {
  /** A deliberate departure: this origin's expectation on this field for these fixtures. */
  private record Departure(String origin, String field, List<String> fixtures, String reason) {
    boolean covers(String origin, String field, String what) {
      return this.origin.equals(origin)
          && this.field.equals(field)
          && fixtures.stream().anyMatch(what::contains);
    }
  }

  private static final List<Departure> DEPARTURES =
      List.of(
          new Departure(
              "miniflux",
              "link",
              List.of(
                  "rss/TestParseEntryWithoutLink ",
                  "rss/TestParseEntryWithoutLinkAndWithEnclosureURLs ",
                  "rdf/TestParseItemWithoutLink ",
                  "atom/TestParseEntryWithIDAsURL "),
              "an item with no link of its own gets none: miniflux puts the site's or an"
                  + " enclosure's address there, which is not where the update is"),
          new Departure(
              "miniflux",
              "author",
              List.of(
                  "rdf/TestParseRDFSampleWithDublinCore ", "rdf/TestParseItemWithOnlyFeedAuthor "),
              "the credit is the person's name; the e-mail address written after it is not shown"),
          new Departure(
              "feedparser",
              "author",
              List.of("atom10/entry_author_map_author.xml "),
              "the credit is the person's name; the e-mail address written after it is not shown"));

  private final Map<String, Integer> departed = new TreeMap<>();
  private final Map<String, Map<String, int[]>> counts = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> notKept = new TreeMap<>();

  void record(String origin, String field, boolean pass, String what) {
    if (!pass) {
      for (Departure d : DEPARTURES) {
        if (d.covers(origin, field, what)) {
          departed.merge(origin + " " + field + ": " + d.reason(), 1, Integer::sum);
          return;
        }
      }
    }
    int[] c =
        counts
            .computeIfAbsent(origin, o -> new TreeMap<>())
            .computeIfAbsent(field, f -> new int[2]);
    c[pass ? 0 : 1]++;
    if (!pass) {
      failures.add(origin + " " + field + ": " + what);
    }
  }

  /** An expectation on something Wirewatch does not keep (enclosure sizes, feed language...). */
  void notKept(String origin) {
    notKept.merge(origin, 1, Integer::sum);
  }

  int passed() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(c -> c[0]).sum();
  }

  int total() {
    return counts.values().stream()
        .flatMap(m -> m.values().stream())
        .mapToInt(c -> c[0] + c[1])
        .sum();
  }

  double rate() {
    return total() == 0 ? 0 : (double) passed() / total();
  }

  List<String> failures() {
    return failures;
  }

  /** The Markdown table that docs/CONFORMANCE.md shows. */
  String table() {
    StringBuilder out = new StringBuilder();
    out.append("| origin | field | met | stated | rate |\n|---|---|---:|---:|---:|\n");
    counts.forEach(
        (origin, fields) -> {
          int op = 0;
          int ot = 0;
          for (var e : fields.entrySet()) {
            int[] c = e.getValue();
            op += c[0];
            ot += c[0] + c[1];
            out.append(row(origin, e.getKey(), c[0], c[0] + c[1]));
          }
          out.append(row("**" + origin + "**", "all kept fields", op, ot));
        });
    out.append(row("**all**", "all kept fields", passed(), total()));
    out.append("\nDeparted from on purpose (not counted): ");
    departed.forEach((why, n) -> out.append("\n- ").append(n).append(" × ").append(why));
    out.append("\n\nExpectations on fields Wirewatch does not keep (skipped): ")
        .append(notKept)
        .append('\n');
    return out.toString();
  }

  private static String row(String origin, String field, int met, int stated) {
    return String.format(
        "| %s | %s | %d | %d | %.1f%% |%n",
        origin, field, met, stated, 100.0 * met / Math.max(1, stated));
  }
}
