package org.wirewatch.ui.alerts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.model.TimelineEntry;

/**
 * Add, change and remove alert rules, and try one on the updates held now before saving. Rules
 * given on the command line are listed first and cannot be changed here. Changes take effect on
 * "Save".
 */
public final class AlertRulesEditor {
  private final AlertRulesManager manager;
  private final List<TimelineEntry> held;
  private final List<AlertRule> fixed;
  private final ObservableList<AlertRule> rules = FXCollections.observableArrayList();
  private final ListView<AlertRule> list = new ListView<>(rules);
  private final RuleForm form = new RuleForm();
  private final Label message = new Label();
  private final VBox tried = new VBox(4);
  private final Button keep = new Button("Keep changes");
  private final Button save = new Button("Save");
  private final BorderPane root = new BorderPane();

  /**
   * @param held the timeline as it is now, newest first, to try a rule on
   */
  public AlertRulesEditor(AlertRulesManager manager, List<TimelineEntry> held) {
    this.manager = manager;
    this.held = held;
    this.fixed = List.copyOf(manager.fromCommandLine());
    rules.setAll(fixed);
    rules.addAll(manager.saved());

    list.setId("alert-rules");
    Label empty = new Label("No alert rules yet. Add one: words, a phrase or a /regex/.");
    empty.setWrapText(true);
    list.setPlaceholder(empty);
    list.setCellFactory(
        v ->
            new ListCell<>() {
              @Override
              protected void updateItem(AlertRule r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
              }
            });
    list.getSelectionModel()
        .selectedItemProperty()
        .addListener(
            (o, was, now) -> {
              form.show(now);
              boolean locked = now != null && isFixed(now);
              form.view().setDisable(locked);
              keep.setDisable(locked);
              tried.getChildren().clear();
              message.setText(locked ? "Given with --alert: change it on the command line." : "");
            });

    Button add = new Button("Add");
    add.setId("add-rule");
    add.setOnAction(e -> addNew());
    Button remove = new Button("Remove");
    remove.setId("remove-rule");
    remove.setOnAction(e -> removeSelected());
    remove
        .disableProperty()
        .bind(
            javafx.beans.binding.Bindings.createBooleanBinding(
                () -> {
                  AlertRule r = list.getSelectionModel().getSelectedItem();
                  return r == null || isFixed(r);
                },
                list.getSelectionModel().selectedItemProperty()));
    keep.setId("keep-rule");
    keep.setOnAction(e -> keepForm());
    Button tryIt = new Button("Try on the timeline");
    tryIt.setId("try-rule");
    tryIt.setOnAction(e -> tryForm());
    save.setId("save-rules");
    save.setDefaultButton(true);
    save.setOnAction(e -> saveAll());
    for (Button b : List.of(add, remove, keep, tryIt, save)) {
      b.setMinWidth(Button.USE_PREF_SIZE);
    }
    message.setId("rules-message");
    message.setWrapText(true);
    tried.setId("rule-tried");

    VBox left = new VBox(8, list, new FlowPane(6, 6, add, remove));
    left.setPadding(new Insets(10));
    VBox.setVgrow(list, Priority.ALWAYS);
    VBox right = new VBox(10, form.view(), new HBox(6, keep, tryIt), message, tried);
    right.setPadding(new Insets(10));
    SplitPane split = new SplitPane(left, right);
    split.setDividerPositions(0.36);
    root.setCenter(split);
    Button close = new Button("Close");
    close.setCancelButton(true);
    close.setOnAction(e -> root.getScene().getWindow().hide());
    HBox bottom = new HBox(8, save, close);
    bottom.setPadding(new Insets(10));
    root.setBottom(bottom);
    if (rules.isEmpty()) {
      addNew();
    } else {
      list.getSelectionModel().selectFirst();
    }
  }

  public Parent root() {
    return root;
  }

  /** Opens the editor in its own window over {@code owner}. */
  public void show(Window owner) {
    org.wirewatch.ui.OwnedWindow.show(owner, root, "Alert rules — Wirewatch", 900, 560);
  }

  /** The rules the editor would save: the command line's are not among them. */
  List<AlertRule> editedRules() {
    return rules.stream().filter(r -> !isFixed(r)).toList();
  }

  /** "Summit (command line) — highlight, notify", then its words, for the list. */
  private String describe(AlertRule r) {
    String does =
        String.join(
            ", ", r.actions().stream().map(org.wirewatch.alert.AlertAction::wireName).toList());
    String where =
        r.sources().isEmpty()
            ? ""
            : " · only "
                + String.join(
                    ", ", r.sources().stream().map(org.wirewatch.model.SourceId::value).toList());
    return r.name()
        + (isFixed(r) ? " (command line)" : "")
        + " — "
        + does
        + where
        + "\n"
        + r.what();
  }

  private boolean isFixed(AlertRule r) {
    for (AlertRule f : fixed) {
      if (f == r) {
        return true;
      }
    }
    return false;
  }

  private void addNew() {
    list.getSelectionModel().clearSelection();
    form.show(null);
    form.view().setDisable(false);
    keep.setDisable(false);
    message.setText("Enter words, a phrase or a /regex/, choose actions, and press Keep changes.");
  }

  private void removeSelected() {
    AlertRule selected = list.getSelectionModel().getSelectedItem();
    if (selected != null && !isFixed(selected)) {
      rules.remove(selected);
      message.setText("Removed " + selected.name() + ". Save to stop it alerting.");
    }
  }

  private AlertRule readForm() {
    try {
      return form.read();
    } catch (IllegalArgumentException e) {
      message.setText("Not a rule yet: " + e.getMessage());
      return null;
    }
  }

  private void keepForm() {
    AlertRule edited = readForm();
    if (edited == null) {
      return;
    }
    AlertRule selected = list.getSelectionModel().getSelectedItem();
    int at = selected == null || isFixed(selected) ? -1 : rules.indexOf(selected);
    if (at >= 0) {
      rules.set(at, edited);
    } else {
      rules.add(edited);
    }
    list.getSelectionModel().select(edited);
    message.setText("Kept. Save to put it in effect.");
  }

  /** How many held updates the form's rule matches, and the newest three of them. */
  private void tryForm() {
    AlertRule rule = readForm();
    if (rule == null) {
      return;
    }
    List<TimelineEntry> hits = new ArrayList<>();
    int count = 0;
    for (TimelineEntry e : held) {
      if (rule.matches(e.update())) {
        count++;
        if (hits.size() < 3) {
          hits.add(e);
        }
      }
    }
    message.setText(
        count == 0
            ? "It matches none of the " + held.size() + " updates held now."
            : "It matches " + count + " of the " + held.size() + " updates held now:");
    tried.getChildren().clear();
    for (TimelineEntry e : hits) {
      Label l = new Label("• " + Objects.toString(e.update().headline(), "(no headline)"));
      l.setWrapText(true);
      tried.getChildren().add(l);
    }
  }

  private void saveAll() {
    save.setDisable(true);
    message.setText("Saving…");
    List<AlertRule> edited = editedRules();
    manager
        .save(edited)
        .whenComplete(
            (ok, failure) -> {
              save.setDisable(false);
              message.setText(
                  failure == null
                      ? "Saved. " + (edited.size() + fixed.size()) + " rules in effect."
                      : "Not saved: " + Objects.toString(failure.getMessage(), "error"));
            });
  }
}
