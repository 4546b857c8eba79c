package org.wirewatch.ui;

import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The View menu: where the crawl sits, how fast it moves, reduced motion and the display zone. The
 * zones on offer follow the configured sources.
 */
final class ViewMenu extends MenuButton {
  private static final List<String> COMMON_ZONES =
      List.of("UTC", "Asia/Kolkata", "Europe/London", "Europe/Berlin", "America/New_York");
  private static final double[] SPEEDS = {50, 90, 140, 200};

  private final WindowModel model;
  private final Menu zones = new Menu("Time zone");

  ViewMenu(WindowModel model) {
    super("View", new FontIcon(Feather.SLIDERS));
    this.model = model;
    getStyleClass().add("flat");
    setAccessibleText("View options");
    UiSettings settings = model.settings();

    CheckMenuItem crawlTop = new CheckMenuItem("Crawl at the top");
    crawlTop.setSelected(settings.crawlAtTop());
    crawlTop.setOnAction(
        e -> {
          UiSettings s = model.settings();
          model.setSettings(s.withCrawl(s.crawlSpeed(), crawlTop.isSelected(), s.reducedMotion()));
        });
    CheckMenuItem reduced = new CheckMenuItem("Reduce motion (page the crawl)");
    reduced.setSelected(settings.reducedMotion());
    reduced.setOnAction(
        e -> {
          UiSettings s = model.settings();
          model.setSettings(s.withCrawl(s.crawlSpeed(), s.crawlAtTop(), reduced.isSelected()));
        });

    Menu speed = new Menu("Crawl speed");
    ToggleGroup speeds = new ToggleGroup();
    for (double pxPerSecond : SPEEDS) {
      RadioMenuItem item =
          new RadioMenuItem(speedName(pxPerSecond) + " (" + (int) pxPerSecond + " px/s)");
      item.setToggleGroup(speeds);
      item.setSelected(Math.abs(settings.crawlSpeed() - pxPerSecond) < 1);
      item.setOnAction(
          e -> {
            UiSettings s = model.settings();
            model.setSettings(s.withCrawl(pxPerSecond, s.crawlAtTop(), s.reducedMotion()));
          });
      speed.getItems().add(item);
    }

    CheckMenuItem showZone = new CheckMenuItem("Show time zone name");
    showZone.setSelected(settings.showZone());
    showZone.setOnAction(
        e ->
            model.setSettings(
                model.settings().withZone(model.settings().zone(), showZone.isSelected())));
    listZones();
    model.sourceZones().addListener((ListChangeListener<String>) c -> listZones());
    getItems().addAll(crawlTop, reduced, speed, showZone, zones);
  }

  /** Adds the other faces on the same model: the wall display and the ticker bar, as toggles. */
  void addFaces(Runnable toggleWall, Runnable toggleBar) {
    javafx.scene.control.MenuItem wall = new javafx.scene.control.MenuItem("Wall display");
    wall.setOnAction(e -> toggleWall.run());
    javafx.scene.control.MenuItem bar = new javafx.scene.control.MenuItem("Ticker bar");
    bar.setOnAction(e -> toggleBar.run());
    getItems().addAll(new javafx.scene.control.SeparatorMenuItem(), wall, bar);
  }

  private static String speedName(double pxPerSecond) {
    return switch ((int) pxPerSecond) {
      case 50 -> "Slow";
      case 90 -> "Normal";
      case 140 -> "Fast";
      default -> "Very fast";
    };
  }

  /** The system zone, the sources' zones, then a few newsroom zones; each once. */
  private void listZones() {
    Set<String> zoneIds = new LinkedHashSet<>();
    zoneIds.add("");
    zoneIds.addAll(model.sourceZones());
    zoneIds.addAll(COMMON_ZONES);
    ToggleGroup group = new ToggleGroup();
    zones.getItems().clear();
    for (String z : zoneIds) {
      String label =
          z.isEmpty() ? "System (" + ZoneId.systemDefault().getId() + ")" : z.replace('_', ' ');
      RadioMenuItem item = new RadioMenuItem(label);
      item.setToggleGroup(group);
      item.setSelected(z.equals(model.settings().zone()));
      item.setOnAction(
          e -> model.setSettings(model.settings().withZone(z, model.settings().showZone())));
      zones.getItems().add(item);
    }
  }
}
