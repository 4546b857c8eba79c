package org.wirewatch.ui.timeline;

import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * One live-blog row: a large time stamp with its zone and age on the left; headline, the first
 * lines of the body, and credit, source and badges on the right. Nodes are built once per cell and
 * refilled as the list scrolls.
 *
 * <p>Scrolling refills cells (and the list measures rows of variable height by filling one more),
 * and each fill styles the cell's nodes again: so a badge is made only when a row first needs it,
 * and the row's states (breaking, pinned, withdrawn, fresh, alerted) are pseudo-classes, which
 * restyle what they match, not style classes, whose every change matches the whole cell against
 * every stylesheet again.
 */
final class EntryCell extends ListCell<TimelineEntry> {
  static final int PREVIEW_CHARS = 200;

  private final Label time = new Label();
  private final Label zone = new Label();
  private final Label age = new Label();
  private final Label headline = new Label();
  private final Label body = new Label();
  private final Label credit = new Label();
  private final Label source = new Label();
  private final java.util.EnumMap<Badge, Label> badges = new java.util.EnumMap<>(Badge.class);
  private final HBox meta;
  private Function<org.wirewatch.model.UpdateKey, String> alertOf = k -> null;
  private Function<org.wirewatch.model.UpdateKey, String> colourOf = k -> null;
  // Only a plain hex colour reaches the style: a rule's text never becomes CSS.
  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");
  private final HBox row;
  private final Supplier<DisplayTime> displayTime;
  private final Function<SourceId, String> sourceName;
  private final Clock clock;
  private final java.time.Instant backlogUntil;
  private final java.util.function.Predicate<org.wirewatch.model.UpdateKey> justArrived;
  private org.wirewatch.model.UpdateKey slidIn;

  /**
   * @param backlogUntil updates first seen before this came with the window (the backlog) and are
   *     not highlighted as new
   */
  EntryCell(
      Supplier<DisplayTime> displayTime,
      Function<SourceId, String> sourceName,
      Clock clock,
      java.time.Instant backlogUntil,
      java.util.function.Predicate<org.wirewatch.model.UpdateKey> justArrived) {
    this.backlogUntil = backlogUntil;
    this.justArrived = justArrived;
    this.displayTime = displayTime;
    this.sourceName = sourceName;
    this.clock = clock;
    getStyleClass().add("entry-cell");
    time.getStyleClass().add("entry-time");
    zone.getStyleClass().add("entry-zone");
    age.getStyleClass().add("entry-age");
    headline.getStyleClass().add("entry-headline");
    body.getStyleClass().add("entry-body");
    credit.getStyleClass().add("entry-credit");
    source.getStyleClass().add("entry-source");
    headline.setWrapText(true);
    body.setWrapText(true);
    headline.setMinHeight(USE_PREF_SIZE);
    body.setMinHeight(USE_PREF_SIZE);

    VBox stamp = new VBox(time, zone, age);
    stamp.getStyleClass().add("entry-stamp");
    stamp.setAlignment(Pos.TOP_RIGHT);
    stamp.setMinWidth(USE_PREF_SIZE);

    meta = new HBox(credit, source);
    meta.getStyleClass().add("entry-meta");
    meta.setAlignment(Pos.CENTER_LEFT);
    VBox text = new VBox(headline, body, meta);
    text.getStyleClass().add("entry-text");
    HBox.setHgrow(text, Priority.ALWAYS);
    text.setMinWidth(0);
    row = new HBox(stamp, text);
    row.getStyleClass().add("entry-row");
    // A cell never asks for more width than the list has, so text wraps instead of scrolling.
    setPrefWidth(0);
    setMinWidth(0);
  }

  /** The badges, in the order they stand in the meta line around credit and source. */
  private enum Badge {
    ALERT("badge-alert"),
    BREAKING("badge-breaking"),
    PINNED("badge-pinned"),
    EDITED("badge-edited"),
    WITHDRAWN("badge-withdrawn"),
    FLAG("badge-flag");

    final String styleClass;

    Badge(String styleClass) {
      this.styleClass = styleClass;
    }

    /** Badges before the credit; the rest come after the source. */
    boolean leads() {
      return ordinal() <= PINNED.ordinal();
    }
  }

  static final javafx.css.PseudoClass BREAKING = javafx.css.PseudoClass.getPseudoClass("breaking");
  static final javafx.css.PseudoClass PINNED = javafx.css.PseudoClass.getPseudoClass("pinned");
  static final javafx.css.PseudoClass WITHDRAWN =
      javafx.css.PseudoClass.getPseudoClass("withdrawn");
  static final javafx.css.PseudoClass FRESH = javafx.css.PseudoClass.getPseudoClass("fresh");
  static final javafx.css.PseudoClass ALERTED = javafx.css.PseudoClass.getPseudoClass("alerted");

  /** Shows or hides a badge; made on first need, then kept for the cell's next rows. */
  private Label badge(Badge b, boolean on, String text) {
    Label l = badges.get(b);
    if (!on) {
      if (l != null) {
        l.setVisible(false);
        l.setManaged(false);
      }
      return l;
    }
    if (l == null) {
      l = new Label();
      l.getStyleClass().addAll("badge", b.styleClass);
      l.setMinWidth(USE_PREF_SIZE);
      int at = 0;
      for (Badge other : badges.keySet()) {
        at += other.ordinal() < b.ordinal() ? 1 : 0;
      }
      meta.getChildren().add(b.leads() ? at : at + 2, l); // credit and source stand between
      badges.put(b, l);
    }
    l.setText(text);
    l.setVisible(true);
    l.setManaged(true);
    return l;
  }

  @Override
  protected void updateItem(TimelineEntry entry, boolean empty) {
    super.updateItem(entry, empty);
    if (empty || entry == null) {
      pseudoClassStateChanged(BREAKING, false);
      pseudoClassStateChanged(PINNED, false);
      pseudoClassStateChanged(WITHDRAWN, false);
      pseudoClassStateChanged(FRESH, false);
      pseudoClassStateChanged(ALERTED, false);
      setGraphic(null);
      setText(null);
      setAccessibleText(null);
      return;
    }
    LiveUpdate u = entry.update();
    DisplayTime dt = displayTime.get();
    time.setText(dt.clockOnly(u.publishedInstant()));
    zone.setText(dt.showZone() ? dt.zoneName(u.publishedInstant()) : "");
    zone.setVisible(dt.showZone());
    zone.setManaged(dt.showZone());
    headline.setText(u.headline());
    String preview = preview(u.text());
    body.setText(preview);
    body.setVisible(!preview.isEmpty());
    body.setManaged(!preview.isEmpty());
    String who = u.author() == null ? "" : u.author().strip();
    credit.setText(who);
    credit.setVisible(!who.isEmpty());
    credit.setManaged(!who.isEmpty());
    source.setText(u.sourceName(sourceName));
    badge(Badge.BREAKING, u.priority() == org.wirewatch.model.Priority.BREAKING, "BREAKING");
    badge(Badge.PINNED, u.priority() == org.wirewatch.model.Priority.PINNED, "PINNED");
    badge(
        Badge.EDITED,
        entry.edited(),
        entry.editTime() == null ? "EDITED" : "EDITED " + dt.clockOnly(entry.editTime()));
    badge(
        Badge.WITHDRAWN,
        entry.withdrawn(),
        entry.withdrawn() ? "WITHDRAWN " + dt.clockOnly(entry.withdrawnAt()) : "");
    String alerted = alertOf.apply(entry.key());
    Label alert = badge(Badge.ALERT, alerted != null, "ALERT: " + alerted);
    String colour = alerted == null ? null : colourOf.apply(entry.key());
    if (alert != null) {
      alert.setStyle(
          colour != null && HEX.matcher(colour).matches()
              ? "-fx-background-color: " + colour + ";"
              : null);
    }
    badge(Badge.FLAG, u.dateStandsIn(), "TIME UNCERTAIN");
    pseudoClassStateChanged(ALERTED, alerted != null);
    pseudoClassStateChanged(BREAKING, u.priority() == org.wirewatch.model.Priority.BREAKING);
    pseudoClassStateChanged(PINNED, u.priority() == org.wirewatch.model.Priority.PINNED);
    pseudoClassStateChanged(WITHDRAWN, entry.withdrawn());
    refreshAge();
    setText(null);
    setGraphic(row);
    if (justArrived.test(entry.key()) && !entry.key().equals(slidIn)) {
      slidIn = entry.key();
      slideIn();
    }
    setAccessibleText(
        (alerted == null ? "" : "Alert " + alerted + ". ")
            + org.wirewatch.ui.Spoken.of(entry, dt, u.sourceName(sourceName)));
  }

  /** Which alert rules an update matched ("Summit, Trump"), or {@code null}. */
  void setAlerts(
      Function<org.wirewatch.model.UpdateKey, String> alertOf,
      Function<org.wirewatch.model.UpdateKey, String> colourOf) {
    this.alertOf = alertOf;
    this.colourOf = colourOf;
  }

  /** Only the relative age changes as time passes; called by the list's single ticker. */
  void refreshAge() {
    TimelineEntry entry = getItem();
    if (entry == null || isEmpty()) {
      return;
    }
    java.time.Instant now = clock.instant();
    java.time.Instant published = entry.update().publishedInstant();
    // Past a day, the date says more than "474 days ago".
    age.setText(
        java.time.Duration.between(published, now).toHours() < 24
            ? DisplayTime.age(published, now)
            : displayTime.get().shortDate(published));
    boolean fresh =
        !entry.withdrawn()
            && entry.update().firstSeen().isAfter(backlogUntil)
            && java.time.Duration.between(entry.update().firstSeen(), now).toSeconds() < 90;
    pseudoClassStateChanged(FRESH, fresh);
  }

  /** A new update at the top slides down into place and fades in. */
  private void slideIn() {
    javafx.animation.TranslateTransition move =
        new javafx.animation.TranslateTransition(javafx.util.Duration.millis(350), row);
    move.setFromY(-24);
    move.setToY(0);
    javafx.animation.FadeTransition fade =
        new javafx.animation.FadeTransition(javafx.util.Duration.millis(350), row);
    fade.setFromValue(0.2);
    fade.setToValue(1);
    javafx.animation.ParallelTransition both = new javafx.animation.ParallelTransition(move, fade);
    both.setOnFinished(
        e -> {
          row.setTranslateY(0);
          row.setOpacity(1);
        });
    both.play();
  }

  static String preview(String text) {
    return org.wirewatch.ui.TextPreview.of(text, PREVIEW_CHARS);
  }

  /** Headline shown now (for tests). */
  String headlineText() {
    return headline.getText();
  }
}
