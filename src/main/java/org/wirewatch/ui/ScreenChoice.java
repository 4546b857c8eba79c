package org.wirewatch.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;

/**
 * Which monitor a face goes on: the one asked for ({@code --screen N}), else the one it was on the
 * last time the monitors were laid out like this, else the primary. A newsroom's laptop docks to a
 * wall screen at night and leaves in the morning: each layout keeps its own choice.
 */
public final class ScreenChoice {
  private ScreenChoice() {}

  /** The monitors as "1920x1080+0+0,2560x1440+1920+0", in the platform's order. */
  public static String layout(List<Rectangle2D> screens) {
    return screens.stream()
        .map(
            b ->
                String.format(
                    Locale.ROOT,
                    "%.0fx%.0f%+.0f%+.0f",
                    b.getWidth(),
                    b.getHeight(),
                    b.getMinX(),
                    b.getMinY()))
        .collect(Collectors.joining(","));
  }

  /**
   * @param requested the monitor asked for, or -1
   * @param remembered the one remembered for this layout, or -1
   * @return an index into the {@code count} monitors; {@code primary} when neither is one
   */
  public static int choose(int requested, int remembered, int count, int primary) {
    if (requested >= 0 && requested < count) {
      return requested;
    }
    if (requested < 0 && remembered >= 0 && remembered < count) {
      return remembered;
    }
    return primary;
  }

  /** Picks the monitor for {@code face} now, and remembers it when one was asked for. */
  public static Screen pick(WindowModel model, String face, int requested) {
    List<Screen> screens = Screen.getScreens();
    String layout = layout(screens.stream().map(Screen::getBounds).toList());
    int index =
        choose(
            requested,
            model.settings().screenFor(face, layout),
            screens.size(),
            Math.max(0, screens.indexOf(Screen.getPrimary())));
    if (requested >= 0 && index == requested) {
      remember(model, face, index);
    }
    return screens.isEmpty() ? Screen.getPrimary() : screens.get(index);
  }

  /** The monitor after {@code current}, wrapping; remembered for this layout. */
  public static Screen next(WindowModel model, String face, Screen current) {
    List<Screen> screens = Screen.getScreens();
    int index = (screens.indexOf(current) + 1) % Math.max(1, screens.size());
    remember(model, face, index);
    return screens.isEmpty() ? Screen.getPrimary() : screens.get(index);
  }

  private static void remember(WindowModel model, String face, int index) {
    String layout = layout(Screen.getScreens().stream().map(Screen::getBounds).toList());
    if (model.settings().screenFor(face, layout) != index) {
      model.setSettings(model.settings().withScreen(face, layout, index));
    }
  }
}
