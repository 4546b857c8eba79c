package org.wirewatch.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.kordamp.ikonli.javafx.FontIcon;

/** Theme and text size of a window's content, from its options. */
final class WindowLook {
  /** Icons are sized in pixels, not em: this is their size at scale 1. */
  private static final int ICON_PX = 18;

  private WindowLook() {}

  static void applyTheme(Parent root, boolean dark) {
    Application.setUserAgentStylesheet(
        dark
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    if (root != null) {
      markTheme(root, dark);
    }
  }

  /** Sets the root font size every em in the stylesheet follows, and scales icons with it. */
  static void applyFontScale(Parent root, double scale, boolean dark) {
    root.setStyle(
        String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", MainWindow.BASE_FONT_PX * scale));
    markTheme(root, dark);
    int iconPx = (int) Math.round(ICON_PX * scale);
    for (Node icon : root.lookupAll(".ikonli-font-icon")) {
      ((FontIcon) icon).setIconSize(iconPx);
    }
  }

  private static void markTheme(Parent root, boolean dark) {
    root.getStyleClass().removeAll("theme-dark", "theme-light");
    root.getStyleClass().add(dark ? "theme-dark" : "theme-light");
  }
}
