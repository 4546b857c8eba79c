package org.wirewatch.source;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ReflectionAccessFilter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.model.SourceId;

/**
 * The sources file: a JSON document listing each source's id, name, URL, format hint, interval,
 * zone, selectors and enabled flag. Both the window and the headless mode read it; the window
 * writes it when sources are edited. See {@code assets/sources.example.json}.
 *
 * <pre>{"sources": [{"id": "rediff", "name": "Rediff live", "url": "https://...",
 *   "format": "html", "interval": "30s", "zone": "Asia/Kolkata", "enabled": true,
 *   "selectors": {"item": "...", "time": "...", "headline": "...", "body": "...",
 *                 "credit": null, "pageDate": "...", "link": null}}]}</pre>
 */
public final class SourcesFile {
  public static final String FILE_NAME = "sources.json";

  private final Gson gson =
      new GsonBuilder()
          .setPrettyPrinting()
          .disableHtmlEscaping()
          .addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_PLATFORM)
          .create();

  // Gson fills these; nulls are allowed and mean "default".
  static final class Dto {
    List<SourceDto> sources;
  }

  static final class SourceDto {
    String id;
    String name;
    String url;
    String format;
    String interval;
    String zone;
    Boolean enabled;
    SelectorsDto selectors;
    PushDto push;
  }

  static final class PushDto {
    String stream;
    String fields;
    String filter;
  }

  static final class SelectorsDto {
    String item;
    String time;
    String headline;
    String body;
    String credit;
    String pageDate;
    String link;
  }

  /** Reads a sources file; a missing file is an empty list. */
  public List<SourceConfig> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    }
  }

  /**
   * @param where names the file in error messages
   * @throws IllegalArgumentException naming the entry and field that is wrong
   */
  public List<SourceConfig> read(Reader reader, String where) {
    Dto dto;
    try {
      dto = gson.fromJson(reader, Dto.class);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(where + " is not valid JSON: " + e.getMessage(), e);
    }
    if (dto == null || dto.sources == null) {
      return List.of();
    }
    List<SourceConfig> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < dto.sources.size(); i++) {
      SourceDto s = dto.sources.get(i);
      String at = where + ": source " + (i + 1);
      if (s == null || s.url == null || s.url.isBlank()) {
        throw new IllegalArgumentException(at + " has no url");
      }
      try {
        SourceConfig config = toConfig(s);
        if (!ids.add(config.id().value())) {
          throw new IllegalArgumentException("its id '" + config.id() + "' is used twice");
        }
        out.add(config);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(at + " (" + s.url + "): " + e.getMessage(), e);
      }
    }
    return out;
  }

  public List<SourceConfig> read(String json) {
    return read(new StringReader(json), "sources");
  }

  private static SourceConfig toConfig(SourceDto s) {
    URI url = URI.create(s.url.trim());
    String id = s.id == null || s.id.isBlank() ? SourceSpec.defaultId(url) : s.id;
    FeedFormat format = s.format == null ? null : FeedFormat.fromHint(s.format).orElse(null);
    ZoneId zone;
    try {
      zone = s.zone == null ? null : ZoneId.of(s.zone);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("unknown zone '" + s.zone + "'", e);
    }
    PageSelectors selectors =
        s.selectors == null
            ? null
            : new PageSelectors(
                s.selectors.item,
                s.selectors.time,
                s.selectors.headline,
                s.selectors.body,
                s.selectors.credit,
                s.selectors.pageDate,
                s.selectors.link);
    return new SourceConfig(
        SourceId.of(id),
        s.name,
        url,
        format,
        s.interval == null ? null : SourceSpec.interval(s.interval),
        zone,
        selectors,
        s.enabled == null || s.enabled,
        s.push == null || s.push.stream == null || s.push.stream.isBlank()
            ? null
            : new PushSettings(URI.create(s.push.stream.strip()), s.push.fields, s.push.filter));
  }

  /** Writes the file atomically, so a crash mid-write never leaves a half file behind. */
  public void write(Path file, List<SourceConfig> sources) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, toJson(sources), StandardCharsets.UTF_8);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  public String toJson(List<SourceConfig> sources) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (SourceConfig c : sources) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", c.id().value());
      m.put("name", c.name());
      m.put("url", c.url().toString());
      m.put("format", c.format() == null ? "auto" : c.format().hint());
      m.put("interval", c.interval().toSeconds() + "s");
      m.put("zone", c.zone().getId());
      m.put("enabled", c.enabled());
      if (c.selectors() != null) {
        PageSelectors p = c.selectors();
        Map<String, String> sel = new LinkedHashMap<>();
        sel.put("item", p.item());
        sel.put("time", p.time());
        sel.put("headline", p.headline());
        sel.put("body", p.body());
        sel.put("credit", p.credit());
        sel.put("pageDate", p.pageDate());
        sel.put("link", p.link());
        m.put("selectors", sel);
      }
      if (c.push() != null) {
        Map<String, String> push = new LinkedHashMap<>();
        push.put("stream", c.push().stream().toString());
        if (c.push().fields() != null) {
          push.put("fields", c.push().fields());
        }
        if (c.push().filter() != null) {
          push.put("filter", c.push().filter());
        }
        m.put("push", push);
      }
      list.add(m);
    }
    return gson.toJson(Map.of("sources", list)) + "\n";
  }
}
