package org.wirewatch.format.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs every RSS/Atom fixture in the shared collection that states an expectation through {@link
 * org.wirewatch.format.feed.RssAtomParser} and compares the fields Wirewatch keeps (feed title,
 * headline, link, id, published time, summary, body, author, tags, item count, parse/refuse). Reads
 * the fixtures from {@code -Dwirewatch.fixtures} (surefire sets it); skipped when absent. Prints
 * the table that docs/CONFORMANCE.md shows and writes it to target/conformance.md.
 */
@Tag("conformance")
class FixtureConformanceTest {
  /** Measured 2026-11 at the rate docs/CONFORMANCE.md reports; a regression below fails. */
  private static final double FLOOR = 0.97;

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
}
