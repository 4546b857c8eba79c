package org.wirewatch.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What was built: the version and the commit, as Maven wrote them into {@code build.properties}. A
 * value Maven could not fill (a build outside git) reads as "unknown".
 *
 * @param version the project version, e.g. {@code 0.1.0-SNAPSHOT}
 * @param commit the abbreviated commit id, or "unknown"
 * @param dirty whether the working tree had uncommitted changes at build time
 */
public record BuildInfo(String version, String commit, boolean dirty) {
  private static final String RESOURCE = "/org/wirewatch/build.properties";

  /** Reads the build's own properties from the class path. */
  public static BuildInfo current() {
    Properties p = new Properties();
    try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return new BuildInfo(
        filled(p.getProperty("version")),
        filled(p.getProperty("commit")),
        "true".equals(p.getProperty("dirty")));
  }

  private static String filled(String value) {
    return value == null || value.isBlank() || value.startsWith("${") ? "unknown" : value;
  }

  /** One line for {@code --version}: "Wirewatch 0.1.0 (commit 1a2b3c4d5e)". */
  public String line() {
    return "Wirewatch " + version + " (commit " + commit + (dirty ? ", modified" : "") + ")";
  }
}
