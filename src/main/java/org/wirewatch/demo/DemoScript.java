package org.wirewatch.demo;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.ReflectionAccessFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The demo live blog's script, read from {@code assets/demo/demo-script.json} (packaged as {@code
 * /demo/demo-script.json}): scripted steps at fixed seconds after start, then recaps forever.
 */
public record DemoScript(String title, String homePageUrl, List<Step> steps, Recaps recaps) {

  /** Publish or edit one item at {@code at} seconds after the demo starts. */
  public record Step(long at, String action, Item item) {}

  /**
   * One item as the demo publishes it; times are ISO-8601 with offset. {@code url} is the story's
   * real address where one is known (the seed's page), else {@code null}: the demo never makes up
   * addresses on a real site.
   */
  public record Item(
      String id,
      String url,
      String published,
      String modified,
      String title,
      String text,
      String html,
      String author,
      String priority,
      List<String> tags) {}

  /** After the script, one recap of a scripted story every {@code everySeconds}. */
  public record Recaps(long everySeconds, String author, String prefix) {}

  public DemoScript {
    steps = List.copyOf(steps);
    Objects.requireNonNull(recaps, "recaps");
    if (recaps.everySeconds() < 1) {
      throw new IllegalArgumentException("recaps.every_seconds must be at least 1");
    }
  }

  /** Seconds after start at which the last scripted step happens. */
  public long scriptedSeconds() {
    return steps.stream().mapToLong(Step::at).max().orElse(0);
  }

  public static DemoScript bundled() {
    try (InputStream in = DemoScript.class.getResourceAsStream("/demo/demo-script.json")) {
      if (in == null) {
        throw new IllegalStateException("demo script missing from the classpath");
      }
      return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the demo script", e);
    }
  }

  static DemoScript read(Reader reader) {
    Gson gson =
        new GsonBuilder()
            .setFieldNamingPolicy(com.google.gson.FieldNamingPolicy.LOWER_CASE_WITH_UNDERSCORES)
            .addReflectionAccessFilter(ReflectionAccessFilter.BLOCK_ALL_PLATFORM)
            .create();
    try {
      DemoScript script = gson.fromJson(reader, DemoScript.class);
      if (script == null || script.steps() == null) {
        throw new IllegalStateException("demo script has no steps");
      }
      return script;
    } catch (JsonParseException e) {
      throw new IllegalStateException("demo script is not valid: " + e.getMessage(), e);
    }
  }
}
