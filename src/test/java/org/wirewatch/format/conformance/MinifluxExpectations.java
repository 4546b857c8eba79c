package org.wirewatch.format.conformance;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * miniflux's parser tests, with each Go assertion inverted into an expectation such as {@code
 * feed.Entries[0].Title == "Star City"}; the documents are the test's own literals.
 */
final class MinifluxExpectations {
  static final String ORIGIN = "miniflux";
  private static final List<String> FILES =
      List.of(
          "rss/expectations_parser_test.json",
          "atom/expectations_atom_10_test.json",
          "atom/expectations_atom_03_test.json",
          "rdf/expectations_parser_test.json");
  private static final Pattern ENTRY_FIELD =
      Pattern.compile(
          "^feed\\.Entries\\[(\\d+)]\\.(Title|URL|Content|Author) == (.+)$", Pattern.DOTALL);
  private static final Pattern COUNT = Pattern.compile("^len\\(feed\\.Entries\\) == (\\d+)$");
  private static final Pattern TAG_COUNT =
      Pattern.compile("^len\\(feed\\.Entries\\[(\\d+)]\\.Tags\\) == (\\d+)$");
  private static final Pattern TAG =
      Pattern.compile("^feed\\.Entries\\[(\\d+)]\\.Tags\\[(\\d+)] == (.+)$");
  private static final Pattern DATE_EQUAL =
      Pattern.compile("^feed\\.Entries\\[(\\d+)]\\.Date\\.Equal\\((.+)\\)$");
  private static final Pattern TIME_DATE =
      Pattern.compile(
          "time\\.Date\\((\\d+), time\\.(\\w+), (\\d+), (\\d+), (\\d+), (\\d+), (\\d+), time\\.UTC\\)");
  private static final Pattern DEFINITION = Pattern.compile("^(\\w+) := (.+)$");

  private final ConformanceRunner runner;

  MinifluxExpectations(ConformanceRunner runner) {
    this.runner = runner;
  }

  void run(Path fixtures, Tally tally) throws IOException {
    Path base = fixtures.resolve("miniflux/_extracted/internal/reader");
    for (String f : FILES) {
      Path json = base.resolve(f);
      if (!Files.exists(json)) {
        continue;
      }
      JsonObject tests;
      try (Reader r = Files.newBufferedReader(json, StandardCharsets.UTF_8)) {
        tests = JsonParser.parseReader(r).getAsJsonObject().getAsJsonObject("tests");
      }
      Path dir = json.getParent();
      for (Map.Entry<String, JsonElement> t : tests.entrySet()) {
        Path doc = dir.resolve(t.getKey() + ".xml");
        if (Files.exists(doc)) {
          check(
              dir.getFileName() + "/" + t.getKey(),
              Files.readAllBytes(doc),
              t.getValue().getAsJsonObject(),
              tally);
        }
      }
    }
  }

  private void check(String name, byte[] bytes, JsonObject test, Tally tally) {
    URI base = null;
    if (test.has("base_url") && !test.get("base_url").isJsonNull()) {
      try {
        base = URI.create(test.get("base_url").getAsString().strip());
      } catch (IllegalArgumentException ignored) {
        base = null;
      }
    }
    Map<String, Instant> vars = new HashMap<>();
    for (JsonElement d : test.getAsJsonArray("definitions")) {
      Matcher m = DEFINITION.matcher(d.getAsString());
      if (m.matches() && timeDate(m.group(2)) != null) {
        vars.put(m.group(1), timeDate(m.group(2)));
      }
    }
    ConformanceRunner.Result result = runner.parse(bytes, base, null);
    FeedSnapshot snap = result.snapshot();
    for (JsonElement e : test.getAsJsonArray("expect")) {
      String clause = e.getAsString().strip();
      String what = name + " :: " + clause;
      Matcher m;
      if (clause.equals("no error")) {
        tally.record(ORIGIN, "document parses", result.ok(), what + " " + result.error());
      } else if (clause.equals("must return an error")) {
        tally.record(ORIGIN, "document refused", !result.ok(), what);
      } else if (snap == null && (clause.startsWith("feed.") || clause.startsWith("len(feed"))) {
        String field = fieldOf(clause);
        if (field == null) {
          tally.notKept(ORIGIN);
        } else {
          tally.record(ORIGIN, field, false, what + " (did not parse: " + result.error() + ")");
        }
      } else if ((m = COUNT.matcher(clause)).matches()) {
        tally.record(
            ORIGIN,
            "item count",
            snap.updates().size() == Integer.parseInt(m.group(1)),
            what + " => " + snap.updates().size());
      } else if (clause.startsWith("feed.Title == ")) {
        String expected = goString(clause.substring("feed.Title == ".length()));
        tally.record(
            ORIGIN,
            "feed title",
            expected != null && Observed.sameText(expected, snap.title()),
            what + " => " + snap.title());
      } else if ((m = ENTRY_FIELD.matcher(clause)).matches()) {
        entryField(m, snap, tally, what);
      } else if ((m = TAG_COUNT.matcher(clause)).matches()) {
        LiveUpdate u = Observed.entry(snap, Integer.parseInt(m.group(1)));
        tally.record(
            ORIGIN,
            "tags",
            u != null && u.tags().size() == Integer.parseInt(m.group(2)),
            what + " => " + (u == null ? null : u.tags()));
      } else if ((m = TAG.matcher(clause)).matches()) {
        LiveUpdate u = Observed.entry(snap, Integer.parseInt(m.group(1)));
        int j = Integer.parseInt(m.group(2));
        String expected = goString(m.group(3));
        tally.record(
            ORIGIN,
            "tags",
            u != null && j < u.tags().size() && u.tags().get(j).equals(expected),
            what + " => " + (u == null ? null : u.tags()));
      } else if ((m = DATE_EQUAL.matcher(clause)).matches()) {
        Instant expected =
            vars.containsKey(m.group(2)) ? vars.get(m.group(2)) : timeDate(m.group(2));
        if (expected == null) {
          tally.notKept(ORIGIN);
          continue;
        }
        LiveUpdate u = Observed.entry(snap, Integer.parseInt(m.group(1)));
        Instant actual = u == null ? null : Observed.published(u);
        tally.record(ORIGIN, "published", expected.equals(actual), what + " => " + actual);
      } else {
        tally.notKept(ORIGIN);
      }
    }
  }

  private static void entryField(Matcher m, FeedSnapshot snap, Tally tally, String what) {
    LiveUpdate u = Observed.entry(snap, Integer.parseInt(m.group(1)));
    String expected = goString(m.group(3));
    String field =
        switch (m.group(2)) {
          case "Title" -> "headline";
          case "URL" -> "link";
          case "Content" -> "body";
          default -> "author";
        };
    if (expected == null) {
      tally.notKept(ORIGIN);
      return;
    }
    if (u == null) {
      tally.record(ORIGIN, field, false, what + " (no such entry)");
      return;
    }
    String actual =
        switch (field) {
          case "headline" -> u.headline();
          case "link" -> Observed.link(u);
          case "body" -> Observed.content(u);
          default -> u.author();
        };
    boolean ok =
        field.equals("link") ? expected.equals(actual) : Observed.sameText(expected, actual);
    tally.record(ORIGIN, field, ok, what + " => " + actual);
  }

  /** The kept field a clause is about, or null for one Wirewatch does not keep. */
  private static String fieldOf(String clause) {
    if (clause.contains("Enclosures")
        || clause.contains("Hash")
        || clause.contains("CommentsURL")) {
      return null;
    }
    if (clause.startsWith("len(feed.Entries)")) {
      return "item count";
    }
    if (clause.startsWith("feed.Title")) {
      return "feed title";
    }
    if (clause.contains(".Title")) {
      return "headline";
    }
    if (clause.contains(".URL")) {
      return "link";
    }
    if (clause.contains(".Content")) {
      return "body";
    }
    if (clause.contains(".Author")) {
      return "author";
    }
    if (clause.contains(".Date")) {
      return "published";
    }
    return null;
  }

  private static Instant timeDate(String expr) {
    Matcher m = TIME_DATE.matcher(expr.strip());
    if (!m.matches()) {
      return null;
    }
    return LocalDateTime.of(
            Integer.parseInt(m.group(1)),
            Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            Integer.parseInt(m.group(6)))
        .toInstant(ZoneOffset.UTC);
  }

  /** A Go string literal: "interpreted" or `raw`; null for anything else. */
  private static String goString(String literal) {
    String s = literal.strip();
    if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
      return s.substring(1, s.length() - 1);
    }
    if (s.startsWith("\"")) {
      var d = org.wirewatch.format.testing.PythonLiteral.decode(s);
      return d != null && d.length() == s.length() ? d.value() : null;
    }
    return null;
  }
}
