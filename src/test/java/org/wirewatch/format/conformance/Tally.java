package org.wirewatch.format.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts stated expectations met and missed, per origin and per field. */
final class Tally {
  private final Map<String, Map<String, int[]>> counts = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private final Map<String, Integer> notKept = new TreeMap<>();

  void record(String origin, String field, boolean pass, String what) {
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
    out.append("\nExpectations on fields Wirewatch does not keep (skipped): ")
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
