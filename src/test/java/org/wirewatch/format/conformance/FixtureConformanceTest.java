package org.wirewatch.format.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirewatch.format.testing.Inertness;
import org.wirewatch.model.LiveUpdate;

/**
 * Runs every RSS/Atom fixture in the shared collection that states an expectation through {@link
 * org.wirewatch.format.feed.RssAtomParser} and compares the fields Wirewatch keeps (feed title,
 * headline, link, id, published time, summary, body, author, tags, item count, parse/refuse). Reads
 * the fixtures from {@code -Dwirewatch.fixtures} (surefire sets it); skipped when absent. Prints
 * the table that docs/CONFORMANCE.md shows and writes it to target/conformance.md.
 */
@Tag("conformance")
class FixtureConformanceTest {
  /** The bar, met since 2026-12 at the rate docs/CONFORMANCE.md reports. */
  private static final double FLOOR = 0.99;

  @Test
  void fixturesMeetTheExpectationsTheirOriginsState() throws Exception {
    String prop = System.getProperty("wirewatch.fixtures");
    assumeTrue(prop != null && Files.isDirectory(Path.of(prop)), "no shared fixtures here");
    Path root = Path.of(prop).toRealPath();
    ConformanceRunner runner = new ConformanceRunner();
    Tally tally = new Tally();
    new FeedparserExpectations(runner).run(root, tally);
    new MinifluxExpectations(runner).run(root, tally);
    new RomeSelfDescribing(runner).run(root, tally);
    new StatedChecks(runner).run(root, tally);

    String table = tally.table();
    System.out.println(table);
    tally.failures().forEach(f -> System.out.println("  MISSED " + f));
    Files.createDirectories(Path.of("target"));
    Files.writeString(
        Path.of("target/conformance.md"),
        table
            + "\nMissed:\n\n"
            + String.join("\n", tally.failures().stream().map(f -> "- " + f).toList()),
        StandardCharsets.UTF_8);
    assertThat(tally.total()).isGreaterThan(500);
    assertThat(tally.rate()).isGreaterThanOrEqualTo(FLOOR);
  }

  /**
   * Every XML-ish fixture, hostile, ill-formed or foreign-encoded, either parses or is refused with
   * a FeedParseException; none crashes the parser, and no item's HTML can run anything.
   */
  @Test
  void noFixtureCrashesTheParserOrLeavesActiveHtml() throws Exception {
    String prop = System.getProperty("wirewatch.fixtures");
    assumeTrue(prop != null && Files.isDirectory(Path.of(prop)), "no shared fixtures here");
    Path root = Path.of(prop).toRealPath();
    ConformanceRunner runner = new ConformanceRunner();
    List<String> crashes = new ArrayList<>();
    List<String> active = new ArrayList<>();
    int parsed = 0;
    int refused = 0;
    List<Path> files;
    try (Stream<Path> all = Files.walk(root)) {
      files =
          all.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches(".*\\.(xml|rss|atom|rdf)$"))
              .sorted()
              .toList();
    }
    for (Path file : files) {
      ConformanceRunner.Result r =
          runner.parse(Files.readAllBytes(file), URI.create("https://feed.example/"), null);
      if (r.ok()) {
        parsed++;
        for (LiveUpdate u : r.snapshot().updates()) {
          if (u.html() != null && !Inertness.problems(u.html()).isEmpty()) {
            active.add(root.relativize(file) + ": " + Inertness.problems(u.html()));
          }
        }
      } else if (r.error().startsWith("CRASH")) {
        crashes.add(root.relativize(file) + ": " + r.error());
      } else {
        refused++;
      }
    }
    System.out.printf(
        "sweep: %d files, %d parsed, %d refused cleanly, %d crashed, %d with active HTML%n",
        files.size(), parsed, refused, crashes.size(), active.size());
    crashes.forEach(c -> System.out.println("  " + c));
    assertThat(files).hasSizeGreaterThan(500);
    assertThat(crashes).isEmpty();
    assertThat(active).isEmpty();
  }
}
