package org.wirewatch.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.wirewatch.model.TimelineEntry;

/** The main window: for now a plain list of the timeline, newest first. */
public final class MainWindow {
  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
  private final ListView<TimelineEntry> list;

  public MainWindow(UiContext context) {
    list = new ListView<>(context.entries());
    ZoneId zone = ZoneId.systemDefault();
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(
                    empty || e == null
                        ? null
                        : HH_MM.format(e.update().published().atZoneSameInstant(zone))
                            + "  "
                            + e.update().headline());
              }
            });
  }

  public Parent root() {
    return list;
  }

  public void show(Stage stage) {
    stage.setTitle("Wirewatch");
    stage.setScene(new Scene(root(), 1280, 800));
    stage.show();
  }
}
