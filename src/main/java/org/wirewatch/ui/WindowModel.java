package org.wirewatch.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.wirewatch.model.SourceId;
import org.wirewatch.model.SourceStatus;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.source.SourceConfig;

/**
 * The one observable view-model every face of the app reads (the window now, the wall and the
 * ticker bar later): the timeline, the sources as configured now, their statuses, the selected
 * update and the options. Built once from the app's context; FX thread only.
 *
 * <p>Faces listen to it instead of copying from it, so an edit in the Sources editor reaches the
 * source filter, the status chips and the crawl without a restart.
 */
public final class WindowModel {
  private final UiContext ctx;
  private final ObservableList<String> sourceNames = FXCollections.observableArrayList();
  private final ObservableList<String> zoneIds = FXCollections.observableArrayList();
  // One read-only view each, held here: a view listens to its list only weakly, so a view made
  // per call would be collected, and its listeners with it.
  private final ObservableList<String> sourceNamesView =
      FXCollections.unmodifiableObservableList(sourceNames);
  private final ObservableList<String> zoneIdsView =
      FXCollections.unmodifiableObservableList(zoneIds);
  private final ObjectProperty<UiSettings> settings;
  private final SettingsWriter writer;
  private final javafx.collections.ObservableMap<org.wirewatch.model.UpdateKey, String> alerts =
      FXCollections.observableHashMap();
  private final javafx.collections.ObservableMap<org.wirewatch.model.UpdateKey, String>
      alertColours = FXCollections.observableHashMap();
  private final ObservableList<org.wirewatch.model.UpdateKey> takeovers =
      FXCollections.observableArrayList();
  private final ObjectProperty<TimelineEntry> selected =
      new SimpleObjectProperty<>(this, "selected");
  // Names of the sources relays read, as updates brought them; kept while the app runs (a name
  // whose updates left memory only finds nothing in the filter).
  private final Set<String> originNames = new LinkedHashSet<>();
  // The names change after the entries' change has reached everyone: the filter and the list
  // react to the names, and must not while the list they filter is still taking the change.
  private final javafx.animation.PauseTransition namesLater =
      new javafx.animation.PauseTransition(javafx.util.Duration.ONE);

  public WindowModel(UiContext ctx, UiSettings initial) {
    this.ctx = Objects.requireNonNull(ctx);
    this.settings = new SimpleObjectProperty<>(this, "settings", Objects.requireNonNull(initial));
    this.writer = new SettingsWriter(ctx.settingsDir(), ctx.background());
    settings.addListener((o, before, next) -> writer.save(next));
    ctx.sources().addListener((ListChangeListener<SourceConfig>) c -> sourcesChanged());
    ctx.entries().addListener(this::forgetLeftAlerts);
    ctx.entries().addListener(this::noteOrigins);
    namesLater.setOnFinished(e -> sourcesChanged());
    ctx.entries().forEach(this::noteOrigin);
    sourcesChanged();
  }

  public UiContext context() {
    return ctx;
  }

  /** The timeline, newest first. */
  public ObservableList<TimelineEntry> entries() {
    return ctx.entries();
  }

  /** One status per watched source. */
  public ObservableList<SourceStatus> statuses() {
    return ctx.statuses();
  }

  /** The sources as configured now; the app replaces them when the user edits the list. */
  public ObservableList<SourceConfig> sources() {
    return ctx.sources();
  }

  /**
   * The names a reader can filter by, each once: the sources in the order configured, then the
   * sources that relays read, in the order their first update came.
   */
  public ObservableList<String> sourceNames() {
    return sourceNamesView;
  }

  /** The sources' time zones, each once: offered as display zones. */
  public ObservableList<String> sourceZones() {
    return zoneIdsView;
  }

  /**
   * The options in effect; setting a new value applies it everywhere and remembers it: the model
   * writes it to the settings directory in the background.
   */
  public ObjectProperty<UiSettings> settingsProperty() {
    return settings;
  }

  public UiSettings settings() {
    return settings.get();
  }

  public void setSettings(UiSettings next) {
    settings.set(Objects.requireNonNull(next));
  }

  /** Writes the options as they are, though unchanged (a window closing). */
  public void saveSettings() {
    writer.save(settings.get());
  }

  /**
   * The updates alert rules matched, each with the rules' names ("Summit, Trump"); the app adds to
   * it on the FX thread as alerts fire.
   */
  public javafx.collections.ObservableMap<org.wirewatch.model.UpdateKey, String> alerts() {
    return alerts;
  }

  /** The highlight colour ("#ffb300") an alert rule chose for an update, where one did. */
  public javafx.collections.ObservableMap<org.wirewatch.model.UpdateKey, String> alertColours() {
    return alertColours;
  }

  /** Updates an alert rule with the takeover action asked to put across the wall, in order. */
  public ObservableList<org.wirewatch.model.UpdateKey> takeoverRequests() {
    return takeovers;
  }

  /**
   * Records an alert: the update's highlight (the first rule's colour that has one) and the rules'
   * names; a rule with the takeover action also asks the wall for a banner.
   */
  public void alerted(org.wirewatch.alert.AlertEvent alert) {
    org.wirewatch.model.UpdateKey key = alert.entry().key();
    alert.rules().stream()
        .map(org.wirewatch.alert.AlertRule::colour)
        .filter(Objects::nonNull)
        .findFirst()
        .ifPresent(c -> alertColours.putIfAbsent(key, c));
    alerts.merge(key, String.join(", ", alert.ruleNames()), (a, b) -> a + ", " + b);
    if (alert.rules().stream()
        .anyMatch(r -> r.actions().contains(org.wirewatch.alert.AlertAction.TAKEOVER))) {
      takeovers.add(key);
    }
  }

  /**
   * Highlights the held updates again after the rules changed: {@code matches} is every held update
   * some rule matches now, with those rules. Nothing notifies, sounds or takes over: these updates
   * are not news.
   */
  public void highlightAgain(
      java.util.Map<org.wirewatch.model.UpdateKey, List<org.wirewatch.alert.AlertRule>> matches) {
    alerts.clear();
    alertColours.clear();
    matches.forEach(
        (key, rules) -> {
          alerts.put(key, String.join(", ", rules.stream().map(r -> r.name()).toList()));
          rules.stream()
              .map(org.wirewatch.alert.AlertRule::colour)
              .filter(Objects::nonNull)
              .findFirst()
              .ifPresent(c -> alertColours.put(key, c));
        });
  }

  /** The update the reader has open, following its edits; {@code null} when none. */
  public ObjectProperty<TimelineEntry> selectedProperty() {
    return selected;
  }

  /**
   * The name shown for a source: as configured now, else as its status last named it (a source the
   * poller knows but the list does not, such as the demo), else its id.
   */
  public String sourceName(SourceId id) {
    for (SourceConfig s : ctx.sources()) {
      if (s.id().equals(id)) {
        return s.name();
      }
    }
    for (SourceStatus s : ctx.statuses()) {
      if (s.source().equals(id) && s.name() != null) {
        return s.name();
      }
    }
    return id.value();
  }

  /**
   * Alerts go with their updates when those leave memory, so a wall that runs for weeks stays
   * small.
   */
  private void forgetLeftAlerts(ListChangeListener.Change<? extends TimelineEntry> c) {
    if (alerts.isEmpty() && alertColours.isEmpty()) {
      return;
    }
    // An edit replaces a row (removed and added under one key): only keys that did not come back
    // have left.
    Set<org.wirewatch.model.UpdateKey> left = new java.util.HashSet<>();
    Set<org.wirewatch.model.UpdateKey> back = new java.util.HashSet<>();
    while (c.next()) {
      c.getRemoved().forEach(e -> left.add(e.key()));
      if (c.wasAdded()) {
        c.getAddedSubList().forEach(e -> back.add(e.key()));
      }
    }
    left.removeAll(back);
    alerts.keySet().removeAll(left);
    alertColours.keySet().removeAll(left);
  }

  private void noteOrigins(ListChangeListener.Change<? extends TimelineEntry> c) {
    boolean added = false;
    while (c.next()) {
      if (c.wasAdded()) {
        for (TimelineEntry e : c.getAddedSubList()) {
          added |= noteOrigin(e);
        }
      }
    }
    if (added) {
      namesLater.playFromStart();
    }
  }

  private boolean noteOrigin(TimelineEntry e) {
    return e.update().origin() != null && originNames.add(e.update().origin().name());
  }

  private void sourcesChanged() {
    Set<String> names = new LinkedHashSet<>();
    Set<String> zones = new LinkedHashSet<>();
    for (SourceConfig s : ctx.sources()) {
      names.add(s.name());
      zones.add(s.zone().getId());
    }
    names.addAll(originNames);
    // setAll only on a real change: listeners rebuild menus and filters.
    if (!sourceNames.equals(new ArrayList<>(names))) {
      sourceNames.setAll(names);
    }
    if (!zoneIds.equals(List.copyOf(zones))) {
      zoneIds.setAll(zones);
    }
  }
}
