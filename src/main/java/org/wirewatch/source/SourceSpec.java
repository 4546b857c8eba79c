package org.wirewatch.source;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.model.SourceId;

/**
 * Reads the command line's source syntax: {@code URL[;key=value]...}, keys {@code format}
 * (auto|jsonfeed|liveblog|rss|atom|html), {@code zone} (an IANA zone such as Asia/Kolkata), {@code
 * interval} (seconds, or 30s / 2m), {@code name} and {@code id}; for a source that pushes, {@code
 * push} (the Server-Sent Events URL, or {@code self} when the URL is the stream), {@code fields}
 * and {@code filter} (see {@link PushSettings}). Example: {@code
 * https://example.org/live.json;format=jsonfeed;zone=Asia/Kolkata;interval=30s;push=https://example.org/live/events}.
 */
public final class SourceSpec {
  private SourceSpec() {}

  /** Wikimedia's public recent-changes stream (EventStreams), as {@code wikimedia:WIKI}. */
  public static final String WIKIMEDIA_STREAM =
      "https://stream.wikimedia.org/v2/stream/recentchange";

  /**
   * The ready preset for one wiki's recent changes, e.g. {@code wikimedia:enwiki}: the stream
   * itself (there is nothing to poll), each change mapped to an update (the page title as headline,
   * the edit summary as text, the editor as credit), only that wiki's. Options may follow as for
   * any source ({@code wikimedia:enwiki;name=Wikipedia edits}).
   */
  public static String wikimedia(String wiki) {
    return WIKIMEDIA_STREAM
        + ";push=self;format=jsonfeed;id=wikimedia-"
        + wiki
        + ";name=Wikimedia "
        + wiki
        + " changes;interval=60s"
        + ";fields=id:meta.id,headline:title,text:comment,author:user,url:meta.uri,time:meta.dt"
        + ";filter=wiki="
        + wiki;
  }

  public static SourceConfig parse(String spec) {
    String trimmed = spec.trim();
    if (trimmed.toLowerCase(Locale.ROOT).startsWith("wikimedia:")) {
      int semi = trimmed.indexOf(';');
      String wiki = (semi < 0 ? trimmed : trimmed.substring(0, semi)).substring(10).strip();
      if (!wiki.matches("[a-z0-9_]+")) {
        throw new IllegalArgumentException("wikimedia: needs a wiki's name, such as enwiki");
      }
      // Later options win: the preset's come first.
      spec = wikimedia(wiki) + (semi < 0 ? "" : trimmed.substring(semi));
    }
    String[] parts = spec.trim().split(";");
    URI url;
    try {
      url = URI.create(parts[0].trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: '" + parts[0] + "'", e);
    }
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.isEmpty()) {
        continue;
      }
      int eq = part.indexOf('=');
      if (eq < 1) {
        throw new IllegalArgumentException("expected key=value after ';' but found '" + part + "'");
      }
      options.put(
          part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
    }
    FeedFormat format = null;
    ZoneId zone = null;
    Duration interval = null;
    String name = null;
    String id = defaultId(url);
    String push = null;
    String fields = null;
    String filter = null;
    for (Map.Entry<String, String> option : options.entrySet()) {
      String value = option.getValue();
      switch (option.getKey()) {
        case "format" -> format = FeedFormat.fromHint(value).orElse(null);
        case "zone" -> zone = zone(value);
        case "interval" -> interval = interval(value);
        case "name" -> name = value;
        case "id" -> id = value;
        case "push" -> push = value;
        case "fields" -> fields = value;
        case "filter" -> filter = value;
        default ->
            throw new IllegalArgumentException(
                "unknown source option '"
                    + option.getKey()
                    + "'; use format, zone, interval, name, id, push, fields or filter");
      }
    }
    if (push == null && (fields != null || filter != null)) {
      throw new IllegalArgumentException("fields and filter need push=URL (or push=self)");
    }
    PushSettings settings = null;
    if (push != null) {
      URI stream;
      try {
        stream = push.equalsIgnoreCase("self") ? url : URI.create(push);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a push URL: '" + push + "'", e);
      }
      settings = new PushSettings(stream, fields, filter);
    }
    return new SourceConfig(
        SourceId.of(id), name, url, format, interval, zone, null, true, settings);
  }

  /** Host plus path, e.g. {@code www.rediff.com/news/live}: readable and stable across runs. */
  public static String defaultId(URI url) {
    String host = url.getHost() == null ? "source" : url.getHost();
    int port = url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    return host + (port > 0 ? ":" + port : "") + path;
  }

  private static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "unknown zone '"
              + value
              + "'; use an IANA name such as Asia/Kolkata or an offset such as +05:30",
          e);
    }
  }

  static Duration interval(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      if (v.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      }
      if (v.startsWith("pt")) {
        return Duration.parse(v);
      }
      return Duration.ofSeconds(Long.parseLong(v));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "unreadable interval '" + value + "'; use e.g. 30s or 2m", e);
    }
  }
}
