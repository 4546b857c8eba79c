package org.wirewatch.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.web.WebView;

/** The window's keyboard shortcuts. */
final class Shortcuts {
  /** What the shortcuts do; the window supplies each. */
  record Actions(
      Runnable larger,
      Runnable smaller,
      Runnable resetSize,
      Runnable fullScreen,
      Runnable findInTimeline,
      Runnable copyCitation,
      Runnable pauseCrawl) {}

  private Shortcuts() {}

  static void install(Scene scene, Actions a) {
    var keys = scene.getAccelerators();
    for (KeyCode k : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
      keys.put(new KeyCodeCombination(k, KeyCombination.SHORTCUT_DOWN), a.larger());
    }
    keys.put(
        new KeyCodeCombination(
            KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        a.larger());
    keys.put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), a.smaller());
    keys.put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), a.smaller());
    keys.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), a.resetSize());
    keys.put(new KeyCodeCombination(KeyCode.NUMPAD0, KeyCombination.SHORTCUT_DOWN), a.resetSize());
    keys.put(new KeyCodeCombination(KeyCode.F11), a.fullScreen());
    keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), a.findInTimeline());
    keys.put(
        new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
        a.copyCitation());
    scene.addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown() && spaceIsFree(scene)) {
            a.pauseCrawl().run();
            e.consume();
          }
        });
  }

  /** Space pauses the crawl unless the focused control needs it (typing, pressing a button). */
  private static boolean spaceIsFree(Scene scene) {
    Node focus = scene.getFocusOwner();
    return !(focus instanceof TextInputControl
        || focus instanceof ButtonBase
        || focus instanceof ComboBoxBase<?>
        || focus instanceof WebView);
  }
}
