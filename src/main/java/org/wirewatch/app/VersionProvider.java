package org.wirewatch.app;

import picocli.CommandLine.IVersionProvider;

/** Feeds {@code --version} from the build's own properties, so it never drifts from the pom. */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildInfo build = BuildInfo.current();
    return new String[] {build.line(), "Java " + Runtime.version()};
  }
}
