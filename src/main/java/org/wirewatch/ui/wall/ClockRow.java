package org.wirewatch.ui.wall;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wirewatch.source.SourceConfig;

/** A row of clocks, one per zone, each with its city: "Kolkata 18:07 · London 13:37 · UTC". */
final class ClockRow extends HBox {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private final List<ZoneId> zones;
  private final Clock clock;
  private List<String> shown = List.of();

  ClockRow(List<ZoneId> zones, Clock clock) {
    this.zones = List.copyOf(zones);
    this.clock = clock;
    getStyleClass().add("wall-clocks");
    render();
  }

  /** The sources' zones, each once, then UTC. */
  static List<ZoneId> defaultZones(List<SourceConfig> sources) {
    Set<ZoneId> out = new LinkedHashSet<>();
    sources.forEach(s -> out.add(s.zone()));
    out.add(ZoneId.of("UTC"));
    return List.copyOf(out);
  }

  /**
   * Called every second; changes the scene only when a minute turns. With the software pipeline a
   * changed node costs a repaint and a full-window upload, so rebuilding the same labels every
   * second was a 1080p upload a second for nothing.
   */
  void render() {
    Instant now = clock.instant();
    List<String> times = zones.stream().map(z -> HH_MM.format(now.atZone(z))).toList();
    if (times.equals(shown)) {
      return;
    }
    shown = times;
    List<javafx.scene.Node> out = new ArrayList<>();
    for (int i = 0; i < zones.size(); i++) {
      Label city = new Label(cityOf(zones.get(i)));
      city.getStyleClass().add("wall-clock-city");
      Label time = new Label(times.get(i));
      time.getStyleClass().add("wall-clock-time");
      VBox one = new VBox(city, time);
      one.getStyleClass().add("wall-clock");
      out.add(one);
    }
    getChildren().setAll(out);
  }

  List<String> cities() {
    return getChildren().stream()
        .map(n -> ((Label) ((VBox) n).getChildren().get(0)).getText())
        .toList();
  }

  static String cityOf(ZoneId z) {
    String id = z.getId();
    if (id.equals("UTC") || id.equals("Z")) {
      return "UTC";
    }
    int slash = id.lastIndexOf('/');
    return slash >= 0
        ? id.substring(slash + 1).replace('_', ' ')
        : z.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
