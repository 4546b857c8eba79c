package org.wirewatch.ui.sources;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wirewatch.format.PageSelectors;
import org.wirewatch.source.SourceConfig;

/**
 * Add, edit, enable or disable, and remove sources; import OPML; test a source once and see what it
 * holds before saving. Changes take effect on "Save and apply".
 */
public final class SourcesEditor {
  private final SourceManager manager;
  private final ObservableList<SourceConfig> sources = FXCollections.observableArrayList();
  private final ListView<SourceConfig> list = new ListView<>(sources);
  private final SourceForm form = new SourceForm();
  private final Label message = new Label();
  private final ProbeView result = new ProbeView();
  private final Button test = new Button("Test this source");
  private final Button save = new Button("Save and apply");
  private final BorderPane root = new BorderPane();
  private final ZoneId displayZone;

  /**
   * @param presets ready-made selectors for known live pages, by name
   */
  public SourcesEditor(
      SourceManager manager, Map<String, PageSelectors> presets, ZoneId displayZone) {
    this.manager = manager;
    this.displayZone = displayZone;
    sources.setAll(manager.sources());

    list.setId("sources-list");
    Label empty = new Label("No sources yet: the demo runs. Add one, or import OPML.");
    empty.setWrapText(true);
    empty.setPadding(new Insets(12));
    list.setPlaceholder(empty);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(SourceConfig c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : (c.enabled() ? "" : "(off) ") + c.name());
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              form.show(now);
              result.getChildren().clear();
              message.setText("");
            });

    Button add = new Button("Add");
    add.setOnAction(e -> addNew());
    Button remove = new Button("Remove");
    remove.setOnAction(e -> removeSelected());
    remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    Button importOpml = new Button("Import OPML…");
    importOpml.setOnAction(e -> chooseOpml());
    Button keep = new Button("Keep changes");
    keep.setId("keep-source");
    keep.setOnAction(e -> keepForm());
    test.setId("test-source");
    test.setOnAction(e -> testForm());
    save.setId("save-sources");
    save.setDefaultButton(true);
    save.setOnAction(e -> saveAll());
    MenuButton presetMenu = new MenuButton("Preset");
    presets.forEach(
        (name, selectors) -> {
          MenuItem mi = new MenuItem(name);
          mi.setOnAction(e -> form.fill(selectors));
          presetMenu.getItems().add(mi);
        });
    presetMenu.setDisable(presets.isEmpty());

    message.setId("sources-message");
    message.setWrapText(true);

    for (Button b : List.of(add, remove, importOpml, keep, test, save)) {
      b.setMinWidth(Button.USE_PREF_SIZE); // never "Rem…": a truncated command is unreadable
    }
    javafx.scene.layout.FlowPane listActions =
        new javafx.scene.layout.FlowPane(6, 6, add, remove, importOpml);
    VBox left = new VBox(8, list, listActions);
    left.setPadding(new Insets(10));
    VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
    VBox right = new VBox(10, form.view(), new HBox(6, keep, test, presetMenu), message, result);
    right.setPadding(new Insets(10));
    ScrollPane scroll = new ScrollPane(right);
    scroll.setFitToWidth(true);
    SplitPane split = new SplitPane(left, scroll);
    split.setDividerPositions(0.32);
    root.setCenter(split);
    Button close = new Button("Close");
    close.setCancelButton(true);
    close.setOnAction(e -> root.getScene().getWindow().hide());
    HBox bottom = new HBox(8, save, close);
    bottom.setPadding(new Insets(10));
    root.setBottom(bottom);
    if (!sources.isEmpty()) {
      list.getSelectionModel().selectFirst();
    } else {
      form.show(null);
    }
  }

  public Parent root() {
    return root;
  }

  /** Opens the editor in its own window over {@code owner}. */
  public void show(Window owner) {
    org.wirewatch.ui.OwnedWindow.show(owner, root, "Sources — Wirewatch", 960, 720);
  }

  List<SourceConfig> editedSources() {
    return List.copyOf(sources);
  }

  private void addNew() {
    list.getSelectionModel().clearSelection();
    form.show(null);
    message.setText("Enter the URL and press Keep changes.");
  }

  private void removeSelected() {
    SourceConfig selected = list.getSelectionModel().getSelectedItem();
    if (selected != null) {
      sources.remove(selected);
      message.setText("Removed " + selected.name() + ". Save and apply to stop polling it.");
    }
  }

  private void keepForm() {
    SourceConfig edited = form.read(message::setText);
    if (edited == null) {
      return;
    }
    int at = indexOf(edited);
    if (at >= 0) {
      sources.set(at, edited);
    } else {
      sources.add(edited);
    }
    list.getSelectionModel().select(edited);
    message.setText("Kept. Save and apply to start polling with it.");
  }

  private int indexOf(SourceConfig c) {
    for (int i = 0; i < sources.size(); i++) {
      if (sources.get(i).id().equals(c.id())) {
        return i;
      }
    }
    return -1;
  }

  private void testForm() {
    SourceConfig candidate = form.read(message::setText);
    if (candidate == null) {
      return;
    }
    test.setDisable(true);
    message.setText("Fetching " + candidate.url() + " …");
    result.getChildren().clear();
    manager
        .test(candidate)
        .whenComplete(
            (probe, failure) -> {
              test.setDisable(false);
              if (failure != null) {
                message.setText("Test failed: " + failure.getMessage());
              } else if (!probe.ok()) {
                message.setText("Test failed: " + probe.error());
                result.show(probe, displayZone, this::useFeed);
              } else {
                message.setText(ProbeView.summary(probe));
                result.show(probe, displayZone, this::useFeed);
              }
            });
  }

  /** Puts an advertised feed's URL in the form, to keep or test. */
  private void useFeed(java.net.URI feed) {
    form.url.setText(feed.toString());
    message.setText("Using the feed. Keep changes, or test it first.");
  }

  private void chooseOpml() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Import OPML");
    chooser
        .getExtensionFilters()
        .add(new FileChooser.ExtensionFilter("OPML subscription lists", "*.opml", "*.xml"));
    java.io.File file = chooser.showOpenDialog(root.getScene().getWindow());
    if (file != null) {
      importOpml(file.toPath());
    }
  }

  void importOpml(Path file) {
    message.setText("Reading " + file.getFileName() + " …");
    manager
        .importOpml(file)
        .whenComplete(
            (r, failure) -> {
              if (failure != null) {
                message.setText("Import failed: " + failure.getMessage());
                return;
              }
              List<SourceConfig> added = new ArrayList<>();
              for (SourceConfig c : r.sources()) {
                if (indexOf(c) < 0) {
                  sources.add(c);
                  added.add(c);
                }
              }
              message.setText(
                  "Imported "
                      + added.size()
                      + " sources"
                      + (r.skipped().isEmpty()
                          ? "."
                          : "; skipped "
                              + r.skipped().size()
                              + ": "
                              + String.join("; ", r.skipped()))
                      + " Save and apply to start polling them.");
            });
  }

  private void saveAll() {
    save.setDisable(true);
    message.setText("Saving…");
    manager
        .apply(editedSources())
        .whenComplete(
            (ok, failure) -> {
              save.setDisable(false);
              message.setText(
                  failure == null
                      ? "Saved. Polling "
                          + sources.stream().filter(SourceConfig::enabled).count()
                          + " sources."
                      : "Not saved: " + Objects.toString(failure.getMessage(), "error"));
            });
  }
}
