package org.wirewatch.arch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Files stay small enough to have one job: none in {@code src/main} over 400 lines, none of the
 * UI's over 300. Split by job when one grows, never by moving lines around.
 */
class SourceFileSizeTest {
  private static final Path MAIN = Path.of("src/main/java/org/wirewatch");

  @Test
  void noMainSourceFileIsOver400Lines() throws IOException {
    assertThat(longerThan(MAIN, 400)).isEmpty();
  }

  @Test
  void noUiSourceFileIsOver300Lines() throws IOException {
    assertThat(longerThan(MAIN.resolve("ui"), 300)).isEmpty();
  }

  @Test
  void theRuleSeesTheSources() throws IOException {
    assertThat(longerThan(MAIN, 10))
        .as("files over 10 lines exist, so the walk finds them")
        .isNotEmpty();
  }

  private static List<String> longerThan(Path dir, int limit) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> lines(p) > limit)
          .map(p -> p + " (" + lines(p) + " lines)")
          .toList();
    }
  }

  private static long lines(Path file) {
    try (Stream<String> l = Files.lines(file)) {
      return l.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
