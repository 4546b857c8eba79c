package org.wirewatch.format.conformance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.UpdateFlag;

/**
 * Expectations the manifest states in words for RSParser's real-world feeds and ROME's issue
 * regressions (MANIFEST.tsv, column what_it_tests_expected_result), each written down here as one
 * predicate on the parsed snapshot, on fields Wirewatch keeps.
 */
final class StatedChecks {
  private record Check(
      String origin, String file, String field, String statement, Predicate<FeedSnapshot> holds) {}

  private static final String RS = "rsparser/Tests/RSParserTests/Resources/";
  private static final String ROME = "rome/rome/src/test/resources/";

  private static final List<Check> CHECKS =
      List.of(
          new Check(
              "rsparser",
              RS + "DaringFireball.atom",
              "link",
              "every article has a url",
              s ->
                  !s.updates().isEmpty()
                      && s.updates().stream().allMatch(u -> u.permalink() != null)),
          new Check(
              "rsparser",
              RS + "DaringFireball.atom",
              "id",
              "uniqueID starts tag:daringfireball.net,2017:/",
              s ->
                  s.updates().stream()
                      .allMatch(u -> u.id().startsWith("tag:daringfireball.net,2017:/"))),
          new Check(
              "rsparser",
              RS + "DaringFireball.atom",
              "author",
              "one author, John Gruber (sponsor posts name their own author in the XML)",
              s ->
                  s.updates().stream()
                          .filter(u -> u.id().contains("/linked/"))
                          .allMatch(u -> "John Gruber".equals(u.author()))
                      && s.updates().stream()
                          .allMatch(u -> u.author() != null && !u.author().contains(","))),
          new Check(
              "rsparser",
              RS + "DaringFireball.atom",
              "published",
              "datePublished non-nil",
              s -> s.updates().stream().allMatch(u -> !u.dateStandsIn())),
          new Check(
              "rsparser",
              RS + "aktuality.rss",
              "headline",
              "every article title non-nil",
              s ->
                  !s.updates().isEmpty()
                      && s.updates().stream()
                          .noneMatch(u -> u.hasFlag(UpdateFlag.MISSING_HEADLINE))),
          new Check(
              "rsparser",
              RS + "atp.rss",
              "body",
              "empty content:encoded falls back to description",
              s -> !s.updates().isEmpty() && s.updates().stream().allMatch(u -> u.html() != null)),
          new Check(
              "rsparser",
              RS + "cloudblog.rss",
              "headline",
              "author sub-element titles are not item titles",
              s ->
                  s.updates().stream()
                      .noneMatch(
                          u ->
                              Set.of(
                                      "Product Manager, Office of the CTO",
                                      "Developer Programs Engineer",
                                      "Product Director")
                                  .contains(u.headline()))),
          new Check(
              "rsparser",
              RS + "livemint.xml",
              "link",
              "guids that are not permalinks are not links",
              s ->
                  s.updates().stream()
                      .allMatch(
                          u ->
                              u.permalink() == null
                                  || !u.permalink().toString().endsWith("/" + u.id()))),
          new Check(
              "rsparser",
              RS + "macworld.rss",
              "id",
              "an id is computed when there is no guid",
              s -> !s.updates().isEmpty() && s.updates().stream().allMatch(u -> !u.id().isBlank())),
          new Check(
              "rsparser",
              RS + "macworld.rss",
              "author",
              "author name set",
              s -> s.updates().stream().allMatch(u -> u.author() != null)),
          new Check(
              "rsparser",
              RS + "monkeydom.rss",
              "id",
              "guids but no links: uniqueID non-nil",
              s -> !s.updates().isEmpty() && s.updates().stream().allMatch(u -> !u.id().isBlank())),
          new Check(
              "rsparser",
              RS + "natasha.xml",
              "item count",
              "items.count == 10",
              s -> s.updates().size() == 10),
          new Check(
              "rsparser",
              RS + "rubenerd.rss",
              "feed title",
              "textInput title does not override: Rubenerd",
              s -> "Rubenerd".equals(s.title())),
          new Check(
              "rsparser",
              RS + "theomnishow.rss",
              "id",
              "uniqueID starts https://theomnishow.omnigroup.com/episode/",
              s ->
                  !s.updates().isEmpty()
                      && s.updates().stream()
                          .allMatch(
                              u ->
                                  u.id().startsWith("https://theomnishow.omnigroup.com/episode/"))),
          new Check(
              "rome",
              ROME + "dublin-core-date.xml",
              "published",
              "pubDate is the epoch itself",
              s ->
                  s.updates().size() == 1
                      && Instant.EPOCH.equals(Observed.published(s.updates().get(0)))),
          new Check(
              "rome",
              ROME + "CDATATestFeed.xml",
              "link",
              "a CDATA link equals the plain-text link",
              s ->
                  s.updates().size() >= 2
                      && s.updates().get(0).permalink() != null
                      && s.updates().get(0).permalink().equals(s.updates().get(1).permalink())),
          new Check(
              "rome",
              ROME + "issue131-rss.xml",
              "tags",
              "entry categories are preserved",
              s -> s.updates().stream().anyMatch(u -> !u.tags().isEmpty())),
          new Check(
              "rome",
              ROME + "issue137-rss.xml",
              "body",
              "escaped <img> in description is returned complete",
              s ->
                  s.updates().stream()
                      .map(LiveUpdate::html)
                      .anyMatch(h -> h != null && h.contains("<img"))));

  /** Real-world feeds whose only stated expectation is their type: they must parse. */
  private static final List<String> MUST_PARSE =
      List.of(
          RS + "DaringFireball.rss",
          RS + "EMarley.rss",
          RS + "KatieFloyd.rss",
          RS + "OneFootTsunami.atom",
          RS + "bio.rdf",
          RS + "dcrainmaker.xml",
          RS + "donthitsave.xml",
          RS + "phpxml.rss",
          RS + "russcox.atom",
          RS + "scriptingNews.rss",
          RS + "489.rss",
          RS + "4fsodonline.atom",
          RS + "allthis.atom",
          RS + "expertopinionent.atom",
          RS + "manton.rss");

  private final ConformanceRunner runner;

  StatedChecks(ConformanceRunner runner) {
    this.runner = runner;
  }

  void run(Path fixtures, Tally tally) throws IOException {
    for (String file : MUST_PARSE) {
      Path p = fixtures.resolve(file);
      if (Files.exists(p)) {
        ConformanceRunner.Result r =
            runner.parse(Files.readAllBytes(p), URI.create("https://feed.example/"), null);
        tally.record("rsparser", "document parses", r.ok(), file + " " + r.error());
      }
    }
    for (Check c : CHECKS) {
      Path p = fixtures.resolve(c.file());
      if (!Files.exists(p)) {
        continue;
      }
      ConformanceRunner.Result r =
          runner.parse(Files.readAllBytes(p), URI.create("https://feed.example/"), null);
      boolean ok = r.ok() && c.holds().test(r.snapshot());
      tally.record(
          c.origin(),
          c.field(),
          ok,
          c.file() + ": " + c.statement() + (r.ok() ? "" : " (did not parse: " + r.error() + ")"));
    }
  }
}
