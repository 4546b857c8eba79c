package org.wirewatch.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's top bar: the brand, Sources, text size, the View menu, theme and full screen. */
final class AppBar extends HBox {
  private final WindowModel model;
  private final Button sources = new Button("Sources", new FontIcon(Feather.RSS));
  private final Button alerts = new Button("Alerts", new FontIcon(Feather.BELL));
  private final Button theme;
  private final ViewMenu view;

  AppBar(WindowModel model, Runnable toggleFullScreen) {
    this.model = model;
    Label brand = new Label("WIREWATCH");
    brand.getStyleClass().add("brand");
    brand.setGraphic(new FontIcon(Feather.RADIO));
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);

    Button smaller = iconButton(Feather.MINUS, "Smaller text (Ctrl -)", () -> scaleFont(-0.1));
    Button larger = iconButton(Feather.PLUS, "Larger text (Ctrl +)", () -> scaleFont(0.1));
    Label aa = new Label("Text");
    aa.getStyleClass().add("text-muted");
    theme =
        iconButton(
            model.settings().dark() ? Feather.SUN : Feather.MOON,
            "Light or dark theme",
            () -> model.setSettings(model.settings().withDark(!model.settings().dark())));
    theme.setId("theme-toggle");
    model
        .settingsProperty()
        .addListener(
            (o, before, next) ->
                ((FontIcon) theme.getGraphic())
                    .setIconCode(next.dark() ? Feather.SUN : Feather.MOON));
    Button full = iconButton(Feather.MAXIMIZE, "Full screen (F11)", toggleFullScreen);
    sources.getStyleClass().add("flat");
    sources.setTooltip(new Tooltip("Add, edit or remove sources"));
    setOnManageSources(null);
    alerts.setId("manage-alerts");
    alerts.getStyleClass().add("flat");
    alerts.setTooltip(new Tooltip("Alert rules: words, phrases or patterns to be told about"));
    setOnManageAlerts(null);
    getChildren()
        .addAll(
            brand,
            spacer,
            sources,
            alerts,
            aa,
            smaller,
            larger,
            view = new ViewMenu(model),
            theme,
            full);
    getStyleClass().add("app-bar");
    setAlignment(Pos.CENTER_LEFT);
  }

  /** Shows the Sources button running {@code action}; {@code null} hides it. */
  void setOnManageSources(Runnable action) {
    sources.setVisible(action != null);
    sources.setManaged(action != null);
    sources.setOnAction(
        e -> {
          if (action != null) {
            action.run();
          }
        });
  }

  /** Shows the Alerts button running {@code action}; {@code null} hides it. */
  void setOnManageAlerts(Runnable action) {
    alerts.setVisible(action != null);
    alerts.setManaged(action != null);
    alerts.setOnAction(
        e -> {
          if (action != null) {
            action.run();
          }
        });
  }

  /** Offers the wall display and the ticker bar in the View menu. */
  void addFaces(Runnable toggleWall, Runnable toggleBar) {
    view.addFaces(toggleWall, toggleBar);
  }

  /** Makes the text larger ({@code delta > 0}) or smaller, in tenths. */
  void scaleFont(double delta) {
    UiSettings s = model.settings();
    model.setSettings(s.withFontScale(Math.round((s.fontScale() + delta) * 10) / 10.0));
  }

  private static Button iconButton(Feather icon, String tip, Runnable action) {
    Button b = new Button(null, new FontIcon(icon));
    b.getStyleClass().addAll("button-icon", "flat");
    b.setTooltip(new Tooltip(tip));
    b.setAccessibleText(tip);
    b.setOnAction(e -> action.run());
    return b;
  }
}
