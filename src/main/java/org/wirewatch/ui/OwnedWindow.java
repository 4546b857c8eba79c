package org.wirewatch.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A dialog's own window over the main window, in the main window's theme and text size. */
public final class OwnedWindow {
  private OwnedWindow() {}

  /** Shows {@code root} in a window-modal stage over {@code owner}. */
  public static Stage show(Window owner, Parent root, String title, double width, double height) {
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.initModality(Modality.WINDOW_MODAL);
    stage.setTitle(title);
    Scene scene = new Scene(root, width, height);
    if (owner != null && owner.getScene() != null) {
      scene.getStylesheets().setAll(owner.getScene().getStylesheets());
      root.styleProperty().bind(owner.getScene().getRoot().styleProperty());
    }
    stage.setScene(scene);
    stage.show();
    return stage;
  }
}
