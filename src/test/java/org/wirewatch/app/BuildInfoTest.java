package org.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuildInfoTest {
  @Test
  void versionComesFromThePomAndCommitFromGit() {
    BuildInfo build = BuildInfo.current();
    assertThat(build.version()).matches("\\d+\\.\\d+\\.\\d+.*");
    // The test runs from a git checkout (CI clones one), so the commit is known.
    assertThat(build.commit()).matches("[0-9a-f]{7,40}");
    assertThat(build.line()).startsWith("Wirewatch " + build.version() + " (commit ");
  }

  @Test
  void versionOptionPrintsVersionAndCommit() {
    String[] lines = new VersionProvider().getVersion();
    assertThat(lines[0]).matches("Wirewatch \\d+\\.\\d+\\.\\d+\\S* \\(commit [0-9a-f]{7,40}.*\\)");
  }
}
