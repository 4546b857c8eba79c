package org.wirewatch.alert;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.SourceId;

/**
 * One alert rule: words or phrases (any of them, as whole words), or a regular expression, matched
 * case- and accent-insensitively against an update's headline, text and credit, optionally only for
 * some sources.
 *
 * <p>Written as {@code Putin|Trump} (either word), {@code "ceasefire talks"|Gaza} (a phrase or a
 * word), or {@code /\bRBI\b.*rate/} (a regular expression), optionally followed by {@code
 * ;name=Summit;sources=rediff,pti;actions=highlight,notify,sound,takeover;colour=#ffb300}.
 */
public final class AlertRule {
  /** Longest text a rule looks at: a regular expression never runs over megabytes. */
  private static final int MAX_TEXT = 20_000;

  private final String name;
  private final Pattern pattern;
  private final boolean regex;
  private final Set<SourceId> sources;
  private final Set<AlertAction> actions;
  private final String colour;
  private final String spec;
  private final String what;

  private AlertRule(
      String what,
      String name,
      Pattern pattern,
      boolean regex,
      Set<SourceId> sources,
      Set<AlertAction> actions,
      String colour,
      String spec) {
    this.what = what;
    this.name = name;
    this.pattern = pattern;
    this.regex = regex;
    this.sources = Set.copyOf(sources);
    this.actions = actions.isEmpty() ? EnumSet.of(AlertAction.HIGHLIGHT) : EnumSet.copyOf(actions);
    this.colour = colour;
    this.spec = spec;
  }

  /**
   * Reads a rule as written on the command line or in the config file.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static AlertRule parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    String[] parts = spec.split(";(?=\\s*(?:name|sources|actions|colour|color)\\s*=)");
    String what = parts[0].strip();
    if (what.isEmpty()) {
      throw new IllegalArgumentException("an alert needs words, a phrase or a /regex/");
    }
    String name = null;
    Set<SourceId> sources = new LinkedHashSet<>();
    Set<AlertAction> actions = EnumSet.noneOf(AlertAction.class);
    String colour = null;
    for (int i = 1; i < parts.length; i++) {
      String[] kv = parts[i].split("=", 2);
      String key = kv[0].strip().toLowerCase(java.util.Locale.ROOT);
      String value = kv[1].strip();
      switch (key) {
        case "name" -> name = value;
        case "sources" -> {
          for (String s : value.split(",")) {
            if (!s.isBlank()) {
              sources.add(SourceId.of(s.strip()));
            }
          }
        }
        case "actions" -> {
          for (String a : value.split(",")) {
            if (!a.isBlank()) {
              actions.add(
                  AlertAction.named(a)
                      .orElseThrow(
                          () ->
                              new IllegalArgumentException(
                                  "unknown alert action '"
                                      + a.strip()
                                      + "' (highlight, notify, sound, takeover)")));
            }
          }
        }
        default -> colour = value;
      }
    }
    boolean regex = what.length() > 2 && what.startsWith("/") && what.endsWith("/");
    Pattern pattern;
    if (regex) {
      try {
        pattern =
            Pattern.compile(
                TextFold.unaccented(what.substring(1, what.length() - 1)),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "the alert's regular expression is not valid: " + e.getDescription(), e);
      }
    } else {
      pattern = alternatives(what);
    }
    return new AlertRule(
        what,
        name == null || name.isBlank() ? what : name,
        pattern,
        regex,
        sources,
        actions,
        colour,
        spec);
  }

  /**
   * Writes a rule from its parts, as the window's editor has them, and reads it back.
   *
   * @param what words, phrases or a /regex/
   * @param name blank for the words themselves
   * @param sources source ids; empty for every source
   * @param colour "#ffb300", or blank for the face's own
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static AlertRule of(
      String what, String name, List<String> sources, Set<AlertAction> actions, String colour) {
    if (what.contains("\n") || (name != null && (name.contains(";") || name.contains("\n")))) {
      throw new IllegalArgumentException("a rule's words and name are one line, without ';'");
    }
    StringBuilder spec = new StringBuilder(what.strip());
    if (name != null && !name.isBlank() && !name.strip().equals(what.strip())) {
      spec.append(";name=").append(name.strip());
    }
    List<String> ids = sources.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (!ids.isEmpty()) {
      spec.append(";sources=").append(String.join(",", ids));
    }
    if (!actions.isEmpty() && !actions.equals(EnumSet.of(AlertAction.HIGHLIGHT))) {
      spec.append(";actions=")
          .append(String.join(",", actions.stream().map(AlertAction::wireName).toList()));
    }
    if (colour != null && !colour.isBlank()) {
      spec.append(";colour=").append(colour.strip());
    }
    return parse(spec.toString());
  }

  /** {@code a|"b c"|d} as whole words or phrases, folded. */
  private static Pattern alternatives(String what) {
    List<String> terms = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]+)\"|([^|]+)").matcher(what);
    while (m.find()) {
      String term = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
      if (!term.isEmpty()) {
        terms.add(Pattern.quote(TextFold.fold(term).replaceAll("\\s+", " ")));
      }
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException("an alert needs words, a phrase or a /regex/");
    }
    return Pattern.compile(
        "(?<![\\p{L}\\p{N}])(?:" + String.join("|", terms) + ")(?![\\p{L}\\p{N}])");
  }

  public String name() {
    return name;
  }

  /** The words, phrases or /regex/ as written. */
  public String what() {
    return what;
  }

  /** The sources it is limited to; empty for every source. */
  public Set<SourceId> sources() {
    return sources;
  }

  public Set<AlertAction> actions() {
    return actions;
  }

  /** The highlight colour, or {@code null} for the face's own. */
  public String colour() {
    return colour;
  }

  /** The rule as written, for the config file. */
  public String spec() {
    return spec;
  }

  /** Whether {@code update} matches: its source is one of the rule's, and its words are. */
  public boolean matches(LiveUpdate update) {
    return matches(update, Text.of(update));
  }

  /**
   * As {@link #matches(LiveUpdate)}, with the update's text already prepared once for all rules.
   */
  boolean matches(LiveUpdate update, Text text) {
    if (!sources.isEmpty() && !sources.contains(update.source()) && !fromOrigin(update)) {
      return false;
    }
    return pattern.matcher(regex ? text.unaccented() : text.folded()).find();
  }

  // Through a relay, a rule for "rediff" follows the relay's rediff too.
  private boolean fromOrigin(LiveUpdate update) {
    return update.origin() != null && sources.contains(SourceId.of(update.origin().sourceId()));
  }

  /** An update's headline, text and credit, prepared for matching: bounded, then folded. */
  record Text(String unaccented, String folded) {
    static Text of(LiveUpdate update) {
      String all = String.join("\n", nz(update.headline()), nz(update.text()), nz(update.author()));
      if (all.length() > MAX_TEXT) {
        all = all.substring(0, MAX_TEXT);
      }
      String unaccented = TextFold.unaccented(all);
      return new Text(
          unaccented, unaccented.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  @Override
  public String toString() {
    return name;
  }
}
