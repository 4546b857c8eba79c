package org.wirewatch.source;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.model.SourceId;

/**
 * One source to watch.
 *
 * @param id stable identifier
 * @param name what the UI shows
 * @param url where to fetch it
 * @param format a pinned format, or {@code null} to sniff
 * @param interval time between polls, at least {@link #MIN_INTERVAL}
 * @param zone zone for times given without an offset
 * @param selectors selectors for a live page, or {@code null}
 * @param enabled whether to poll it
 * @param push a stream the source pushes on, or {@code null} for polling only; when its stream is
 *     {@code url} itself there is nothing to poll
 */
public record SourceConfig(
    SourceId id,
    String name,
    URI url,
    FeedFormat format,
    Duration interval,
    ZoneId zone,
    PageSelectors selectors,
    boolean enabled,
    PushSettings push) {
  public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);
  public static final Duration MIN_INTERVAL = Duration.ofSeconds(2);

  public SourceConfig {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
    String scheme =
        url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException("a source URL must be http or https: " + url);
    }
    name = name == null || name.isBlank() ? url.getHost() : name;
    interval = interval == null ? DEFAULT_INTERVAL : interval;
    if (interval.compareTo(MIN_INTERVAL) < 0) {
      interval = MIN_INTERVAL;
    }
    zone = zone == null ? ZoneId.systemDefault() : zone;
  }

  /** A source that is polled only. */
  public SourceConfig(
      SourceId id,
      String name,
      URI url,
      FeedFormat format,
      Duration interval,
      ZoneId zone,
      PageSelectors selectors,
      boolean enabled) {
    this(id, name, url, format, interval, zone, selectors, enabled, null);
  }

  /** Whether the source's URL is its stream: nothing to poll when the stream is down. */
  public boolean pushOnly() {
    return push != null && push.stream().equals(url);
  }

  public SourceConfig withPush(PushSettings settings) {
    return new SourceConfig(id, name, url, format, interval, zone, selectors, enabled, settings);
  }

  /** A source with defaults: sniffed format, 15 s interval, the system zone. */
  public static SourceConfig of(String id, URI url) {
    return new SourceConfig(SourceId.of(id), null, url, null, null, null, null, true);
  }

  public SourceConfig withUrl(URI newUrl) {
    return new SourceConfig(id, name, newUrl, format, interval, zone, selectors, enabled, push);
  }
}
