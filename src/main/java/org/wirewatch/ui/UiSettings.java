package org.wirewatch.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Properties;

/**
 * The options and window geometry remembered between runs, in {@code ui.properties} in the settings
 * directory. A missing or unreadable file gives the defaults; a bad value gives that value's
 * default.
 */
public record UiSettings(
    double x,
    double y,
    double width,
    double height,
    boolean maximized,
    double split,
    boolean dark,
    double fontScale,
    double crawlSpeed,
    boolean crawlAtTop,
    boolean reducedMotion,
    boolean allowImages,
    String zone,
    boolean showZone,
    String screens) {
  public static final String FILE = "ui.properties";
  public static final double MIN_SCALE = 0.6;
  public static final double MAX_SCALE = 3.0;

  public static UiSettings defaults() {
    return new UiSettings(
        Double.NaN,
        Double.NaN,
        1280,
        800,
        false,
        0.55,
        false,
        1.0,
        90,
        false,
        false,
        false,
        "",
        true,
        "");
  }

  public UiSettings {
    fontScale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, fontScale));
    crawlSpeed = Math.max(20, Math.min(400, crawlSpeed));
    split = Math.max(0.15, Math.min(0.9, split));
    width = width < 400 ? 1280 : width;
    height = height < 300 ? 800 : height;
    screens = screens == null ? "" : screens;
    zone = zone == null ? "" : zone;
  }

  /** The zone to show times in: the chosen one, else the system's. */
  public ZoneId zoneId() {
    if (!zone.isBlank()) {
      try {
        return ZoneId.of(zone);
      } catch (DateTimeException e) {
        // fall through to the system zone
      }
    }
    return ZoneId.systemDefault();
  }

  public DisplayTime displayTime() {
    return new DisplayTime(zoneId(), showZone);
  }

  public static UiSettings load(Path dir) {
    Properties p = new Properties();
    Path file = dir.resolve(FILE);
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        return defaults();
      }
    }
    UiSettings d = defaults();
    return new UiSettings(
        num(p, "window.x", d.x),
        num(p, "window.y", d.y),
        num(p, "window.width", d.width),
        num(p, "window.height", d.height),
        bool(p, "window.maximized", d.maximized),
        num(p, "split", d.split),
        bool(p, "theme.dark", d.dark),
        num(p, "font.scale", d.fontScale),
        num(p, "crawl.speed", d.crawlSpeed),
        bool(p, "crawl.top", d.crawlAtTop),
        bool(p, "motion.reduced", d.reducedMotion),
        bool(p, "detail.images", d.allowImages),
        p.getProperty("time.zone", d.zone),
        bool(p, "time.showZone", d.showZone),
        p.getProperty("screens", d.screens));
  }

  /** Writes atomically (a crash mid-write leaves the old file). */
  public void save(Path dir) throws IOException {
    Properties p = new Properties();
    p.setProperty("window.x", Double.toString(x));
    p.setProperty("window.y", Double.toString(y));
    p.setProperty("window.width", Double.toString(width));
    p.setProperty("window.height", Double.toString(height));
    p.setProperty("window.maximized", Boolean.toString(maximized));
    p.setProperty("split", Double.toString(split));
    p.setProperty("theme.dark", Boolean.toString(dark));
    p.setProperty("font.scale", Double.toString(fontScale));
    p.setProperty("crawl.speed", Double.toString(crawlSpeed));
    p.setProperty("crawl.top", Boolean.toString(crawlAtTop));
    p.setProperty("motion.reduced", Boolean.toString(reducedMotion));
    p.setProperty("detail.images", Boolean.toString(allowImages));
    p.setProperty("time.zone", zone);
    p.setProperty("time.showZone", Boolean.toString(showZone));
    p.setProperty("screens", screens);
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "ui", ".tmp");
    try (OutputStream out = Files.newOutputStream(tmp)) {
      p.store(out, "Wirewatch window and display options");
    }
    Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING);
  }

  public UiSettings withGeometry(double x, double y, double w, double h, boolean max) {
    return edit(
        b -> {
          b.x = x;
          b.y = y;
          b.width = w;
          b.height = h;
          b.maximized = max;
        });
  }

  public UiSettings withSplit(double s) {
    return edit(b -> b.split = s);
  }

  public UiSettings withDark(boolean d) {
    return edit(b -> b.dark = d);
  }

  public UiSettings withFontScale(double f) {
    return edit(b -> b.fontScale = f);
  }

  public UiSettings withCrawl(double speed, boolean top, boolean reduced) {
    return edit(
        b -> {
          b.crawlSpeed = speed;
          b.crawlAtTop = top;
          b.reducedMotion = reduced;
        });
  }

  public UiSettings withAllowImages(boolean allow) {
    return edit(b -> b.allowImages = allow);
  }

  public UiSettings withZone(String z, boolean show) {
    return edit(
        b -> {
          b.zone = z;
          b.showZone = show;
        });
  }

  /**
   * The monitor {@code face} ("wall", "bar") was last put on while the monitors were laid out as
   * {@code layout}; -1 when it never was.
   */
  public int screenFor(String face, String layout) {
    String v = screenChoices().get(face + "@" + layout);
    try {
      return v == null ? -1 : Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Remembers {@code face} on monitor {@code screen} for this layout; a dozen layouts at most. */
  public UiSettings withScreen(String face, String layout, int screen) {
    java.util.LinkedHashMap<String, String> all = screenChoices();
    all.remove(face + "@" + layout);
    all.put(face + "@" + layout, Integer.toString(screen));
    while (all.size() > 12) {
      all.remove(all.keySet().iterator().next());
    }
    StringBuilder out = new StringBuilder();
    all.forEach((k, v) -> out.append(out.length() == 0 ? "" : ";").append(k).append('=').append(v));
    return edit(b -> b.screens = out.toString());
  }

  private java.util.LinkedHashMap<String, String> screenChoices() {
    java.util.LinkedHashMap<String, String> all = new java.util.LinkedHashMap<>();
    for (String pair : screens.split(";")) {
      int eq = pair.lastIndexOf('=');
      if (eq > 0) {
        all.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return all;
  }

  /** A copy with some options changed: one place lists every field, not one per option. */
  private UiSettings edit(java.util.function.Consumer<Copy> change) {
    Copy b = new Copy(this);
    change.accept(b);
    return new UiSettings(
        b.x,
        b.y,
        b.width,
        b.height,
        b.maximized,
        b.split,
        b.dark,
        b.fontScale,
        b.crawlSpeed,
        b.crawlAtTop,
        b.reducedMotion,
        b.allowImages,
        b.zone,
        b.showZone,
        b.screens);
  }

  /**
   * The fields of one settings value while a copy is being changed; never escapes {@link #edit}.
   */
  private static final class Copy {
    double x;
    double y;
    double width;
    double height;
    boolean maximized;
    double split;
    boolean dark;
    double fontScale;
    double crawlSpeed;
    boolean crawlAtTop;
    boolean reducedMotion;
    boolean allowImages;
    String zone;
    boolean showZone;
    String screens;

    Copy(UiSettings s) {
      x = s.x;
      y = s.y;
      width = s.width;
      height = s.height;
      maximized = s.maximized;
      split = s.split;
      dark = s.dark;
      fontScale = s.fontScale;
      crawlSpeed = s.crawlSpeed;
      crawlAtTop = s.crawlAtTop;
      reducedMotion = s.reducedMotion;
      allowImages = s.allowImages;
      zone = s.zone;
      showZone = s.showZone;
      screens = s.screens;
    }
  }

  private static double num(Properties p, String key, double fallback) {
    try {
      String v = p.getProperty(key);
      return v == null ? fallback : Double.parseDouble(v);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static boolean bool(Properties p, String key, boolean fallback) {
    String v = p.getProperty(key);
    return v == null ? fallback : Boolean.parseBoolean(v.strip());
  }
}
