package org.wirewatch.format.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wirewatch.format.testing.PythonLiteral;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * feedparser's wellformed feeds state their expectation in a header comment ({@code Expect: not
 * bozo and entries[0]['title'] == '...'}). Each clause on a field Wirewatch keeps is checked.
 */
final class FeedparserExpectations {
  static final String ORIGIN = "feedparser";
  private static final List<String> DIRS =
      List.of(
          "rss",
          "atom",
          "atom10",
          "rdf",
          "amp",
          "base",
          "node_precedence",
          "xml",
          "sgml",
          "feedburner");
  private static final Pattern EXPECT = Pattern.compile("(?m)^Expect:\\s*(.*)$");
  private static final Pattern CLAUSE =
      Pattern.compile("^(feed|entries\\[(\\d+)])((?:\\[[^\\]]+])+)\\s*==\\s*(.+)$", Pattern.DOTALL);
  private static final Pattern DATE_KEY =
      Pattern.compile("^(published|updated|created|issued|modified|date)(_parsed)?$");

  private final ConformanceRunner runner;
  private final DateTimeParser dates = new DateTimeParser();

  FeedparserExpectations(ConformanceRunner runner) {
    this.runner = runner;
  }

  void run(Path fixtures, Tally tally) throws IOException {
    List<Path> dirs = new ArrayList<>();
    for (String dir : DIRS) {
      dirs.add(fixtures.resolve("feedparser/tests/wellformed").resolve(dir));
    }
    // HTML entities XML does not define: the document is ill-formed but the value must be recovered
    dirs.add(fixtures.resolve("feedparser/tests/entities"));
    for (Path d : dirs) {
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.list(d)) {
        for (Path file : files.sorted().toList()) {
          check(fixtures.relativize(file).toString(), Files.readAllBytes(file), tally);
        }
      }
    }
  }

  private void check(String name, byte[] bytes, Tally tally) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4000), StandardCharsets.UTF_8);
    Matcher m = EXPECT.matcher(head);
    if (!m.find()) {
      return;
    }
    ConformanceRunner.Result result =
        runner.parse(bytes, URI.create("http://127.0.0.1:8097/tests/wellformed/x.xml"), null);
    for (String clause : splitAnd(m.group(1).strip())) {
      evaluate(name, clause.strip(), result, tally);
    }
  }

  private void evaluate(String name, String clause, ConformanceRunner.Result result, Tally tally) {
    if (clause.equals("not bozo")) {
      tally.record(ORIGIN, "document parses", result.ok(), name + " " + result.error());
      return;
    }
    Matcher m = CLAUSE.matcher(clause);
    if (!m.matches()) {
      tally.notKept(ORIGIN);
      return;
    }
    boolean feedLevel = m.group(1).equals("feed");
    int index = feedLevel ? 0 : Integer.parseInt(m.group(2));
    List<String> keys = keys(m.group(3));
    String field = field(feedLevel, keys);
    if (field == null) {
      tally.notKept(ORIGIN);
      return;
    }
    String literal = m.group(4).strip();
    String what = name + " :: " + clause;
    FeedSnapshot snap = result.snapshot();
    if (snap == null) {
      tally.record(ORIGIN, field, false, what + " (did not parse: " + result.error() + ")");
      return;
    }
    if (feedLevel) {
      PythonLiteral.Decoded expected = PythonLiteral.decodeConcatenation(literal);
      boolean ok = expected != null && Observed.sameText(expected.value(), snap.title());
      tally.record(ORIGIN, field, ok, what + " => " + snap.title());
      return;
    }
    LiveUpdate u = Observed.entry(snap, index);
    if (u == null) {
      tally.record(ORIGIN, field, false, what + " (no entry " + index + ")");
      return;
    }
    if (field.equals("published")) {
      Instant expected = expectedInstant(literal);
      String dateKey = keys.get(0);
      Instant actual =
          dateKey.startsWith("updated") || dateKey.startsWith("modified")
              ? Observed.updated(u)
              : Observed.published(u);
      tally.record(
          ORIGIN, field, expected != null && expected.equals(actual), what + " => " + actual);
      return;
    }
    PythonLiteral.Decoded expected = PythonLiteral.decodeConcatenation(literal);
    if (expected == null) {
      tally.notKept(ORIGIN);
      return;
    }
    String actual =
        switch (field) {
          case "headline" -> u.headline();
          case "link" -> Observed.link(u);
          case "id" -> u.id();
          case "summary" -> u.text();
          case "body" -> Observed.content(u);
          case "author" -> u.author();
          default -> throw new IllegalStateException(field);
        };
    boolean ok =
        field.equals("link") || field.equals("id")
            ? expected.value().equals(actual)
            : Observed.sameText(expected.value(), actual);
    tally.record(ORIGIN, field, ok, what + " => " + actual);
  }

  private Instant expectedInstant(String literal) {
    if (literal.startsWith("(")) {
      String[] parts = literal.replaceAll("[()\\s]", "").split(",");
      if (parts.length < 6) {
        return null;
      }
      int[] v = new int[6];
      for (int i = 0; i < 6; i++) {
        v[i] = Integer.parseInt(parts[i]);
      }
      return LocalDateTime.of(v[0], v[1], v[2], v[3], v[4], v[5]).toInstant(ZoneOffset.UTC);
    }
    PythonLiteral.Decoded raw = PythonLiteral.decodeConcatenation(literal);
    return raw == null
        ? null
        : dates.parse(raw.value(), ZoneOffset.UTC).map(d -> d.toInstant()).orElse(null);
  }

  /** Maps a feedparser key path to the Wirewatch field it checks, or null when not kept. */
  private static String field(boolean feedLevel, List<String> keys) {
    String k0 = keys.get(0);
    String rest = String.join("/", keys.subList(1, keys.size()));
    if (feedLevel) {
      return (k0.equals("title") && rest.isEmpty())
              || (k0.equals("title_detail") && rest.equals("value"))
          ? "feed title"
          : null;
    }
    if ((k0.equals("title") && rest.isEmpty())
        || (k0.equals("title_detail") && rest.equals("value"))) {
      return "headline";
    }
    if (rest.isEmpty()) {
      switch (k0) {
        case "link":
          return "link";
        case "id":
        case "guid":
          return "id";
        case "summary":
        case "description":
          return "summary";
        case "author":
          return "author";
        default:
          break;
      }
    }
    if (k0.equals("summary_detail") && rest.equals("value")) {
      return "summary";
    }
    if (k0.equals("content") && rest.equals("0/value")) {
      return "body";
    }
    if ((k0.equals("author_detail") && rest.equals("name"))
        || (k0.equals("authors") && rest.equals("0/name"))) {
      return "author";
    }
    if (DATE_KEY.matcher(k0).matches() && rest.isEmpty()) {
      return "published";
    }
    return null;
  }

  private static List<String> keys(String path) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("\\[([^\\]]+)]").matcher(path);
    while (m.find()) {
      keys.add(m.group(1).replaceAll("^['\"]|['\"]$", ""));
    }
    return keys;
  }

  /** Splits on top-level {@code and}, outside string literals and brackets. */
  static List<String> splitAnd(String expr) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    char quote = 0;
    int start = 0;
    for (int i = 0; i < expr.length(); i++) {
      char c = expr.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (depth == 0 && expr.startsWith(" and ", i)) {
        parts.add(expr.substring(start, i));
        start = i + 5;
        i += 4;
      }
    }
    parts.add(expr.substring(start));
    return parts;
  }
}
