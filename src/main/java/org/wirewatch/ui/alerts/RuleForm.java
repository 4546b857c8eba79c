package org.wirewatch.ui.alerts;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.paint.Color;
import org.wirewatch.alert.AlertAction;
import org.wirewatch.alert.AlertRule;
import org.wirewatch.model.SourceId;

/** The fields of one alert rule, filled from a rule and read back into one. */
final class RuleForm {
  final TextField what = new TextField();
  final TextField name = new TextField();
  final TextField sources = new TextField();
  final CheckBox ownColour = new CheckBox("Own colour");
  final ColorPicker colour = new ColorPicker(Color.web("#ffb300"));
  private final Map<AlertAction, CheckBox> actions = new EnumMap<>(AlertAction.class);
  private final GridPane view = new GridPane();

  RuleForm() {
    what.setId("rule-what");
    what.setPromptText("Putin|Trump   or   \"ceasefire talks\"|Gaza   or   /\\bRBI\\b.*rate/");
    name.setId("rule-name");
    name.setPromptText("the words themselves");
    sources.setId("rule-sources");
    sources.setPromptText("every source; or ids, comma-separated");
    colour.disableProperty().bind(ownColour.selectedProperty().not());
    FlowPane boxes = new FlowPane(12, 6);
    for (AlertAction a : AlertAction.values()) {
      CheckBox box = new CheckBox(label(a));
      box.setId("rule-action-" + a.wireName());
      actions.put(a, box);
      boxes.getChildren().add(box);
    }
    view.setHgap(8);
    view.setVgap(8);
    view.addRow(0, label("Words, phrases or /regex/"), what);
    view.addRow(1, label("Name"), name);
    view.addRow(2, label("Only sources"), sources);
    view.addRow(3, label("Actions"), boxes);
    view.addRow(4, label("Highlight"), new FlowPane(8, 6, ownColour, colour));
    GridPane.setHgrow(what, Priority.ALWAYS);
    show(null);
  }

  GridPane view() {
    return view;
  }

  /** Fills the fields from {@code rule}; {@code null} clears them for a new rule. */
  void show(AlertRule rule) {
    what.setText(rule == null ? "" : rule.what());
    name.setText(rule == null || rule.name().equals(rule.what()) ? "" : rule.name());
    sources.setText(
        rule == null
            ? ""
            : String.join(", ", rule.sources().stream().map(SourceId::value).sorted().toList()));
    Set<AlertAction> on = rule == null ? EnumSet.of(AlertAction.HIGHLIGHT) : rule.actions();
    actions.forEach((a, box) -> box.setSelected(on.contains(a)));
    String hex = rule == null ? null : rule.colour();
    ownColour.setSelected(hex != null);
    if (hex != null) {
      try {
        colour.setValue(Color.web(hex));
      } catch (IllegalArgumentException notAColour) {
        ownColour.setSelected(false);
      }
    }
  }

  /**
   * The rule the fields describe.
   *
   * @throws IllegalArgumentException saying what is wrong
   */
  AlertRule read() {
    Set<AlertAction> chosen = EnumSet.noneOf(AlertAction.class);
    actions.forEach(
        (a, box) -> {
          if (box.isSelected()) {
            chosen.add(a);
          }
        });
    if (chosen.isEmpty()) {
      throw new IllegalArgumentException("choose at least one action");
    }
    List<String> ids = Arrays.stream(sources.getText().split(",")).toList();
    return AlertRule.of(
        what.getText(), name.getText(), ids, chosen, ownColour.isSelected() ? hex() : null);
  }

  private String hex() {
    Color c = colour.getValue();
    return String.format(
        Locale.ROOT,
        "#%02x%02x%02x",
        Math.round(c.getRed() * 255),
        Math.round(c.getGreen() * 255),
        Math.round(c.getBlue() * 255));
  }

  private static Label label(String text) {
    Label l = new Label(text);
    l.setMinWidth(Label.USE_PREF_SIZE); // a field's name is never cut to "Words, phrases or …"
    return l;
  }

  private static String label(AlertAction a) {
    return switch (a) {
      case HIGHLIGHT -> "Highlight";
      case NOTIFY -> "Desktop notification";
      case SOUND -> "Sound";
      case TAKEOVER -> "Banner on the wall";
    };
  }
}
