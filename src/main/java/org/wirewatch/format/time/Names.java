package org.wirewatch.format.time;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Month and weekday names in the languages feeds are written in, accents folded away. */
final class Names {
  private Names() {}

  /** Full month names, January first, one list per language. */
  private static final List<List<String>> MONTHS =
      List.of(
          List.of(
              "january",
              "february",
              "march",
              "april",
              "may",
              "june",
              "july",
              "august",
              "september",
              "october",
              "november",
              "december"),
          List.of(
              "januar",
              "februar",
              "marz",
              "april",
              "mai",
              "juni",
              "juli",
              "august",
              "september",
              "oktober",
              "november",
              "dezember"),
          List.of(
              "janvier",
              "fevrier",
              "mars",
              "avril",
              "mai",
              "juin",
              "juillet",
              "aout",
              "septembre",
              "octobre",
              "novembre",
              "decembre"),
          List.of(
              "enero",
              "febrero",
              "marzo",
              "abril",
              "mayo",
              "junio",
              "julio",
              "agosto",
              "septiembre",
              "octubre",
              "noviembre",
              "diciembre"),
          List.of(
              "gennaio",
              "febbraio",
              "marzo",
              "aprile",
              "maggio",
              "giugno",
              "luglio",
              "agosto",
              "settembre",
              "ottobre",
              "novembre",
              "dicembre"),
          List.of(
              "januari",
              "februari",
              "maart",
              "april",
              "mei",
              "juni",
              "juli",
              "augustus",
              "september",
              "oktober",
              "november",
              "december"),
          List.of(
              "janeiro",
              "fevereiro",
              "marco",
              "abril",
              "maio",
              "junho",
              "julho",
              "agosto",
              "setembro",
              "outubro",
              "novembro",
              "dezembro"),
          List.of(
              "januar",
              "februar",
              "marcius",
              "aprilis",
              "majus",
              "junius",
              "julius",
              "augusztus",
              "szeptember",
              "oktober",
              "november",
              "december"),
          List.of(
              "ιανουαριος",
              "φεβρουαριος",
              "μαρτιος",
              "απριλιος",
              "μαιος",
              "ιουνιος",
              "ιουλιος",
              "αυγουστος",
              "σεπτεμβριος",
              "οκτωβριος",
              "νοεμβριος",
              "δεκεμβριος"),
          List.of(
              "styczen",
              "luty",
              "marzec",
              "kwiecien",
              "maj",
              "czerwiec",
              "lipiec",
              "sierpien",
              "wrzesien",
              "pazdziernik",
              "listopad",
              "grudzien"),
          List.of(
              "januari",
              "februari",
              "mars",
              "april",
              "maj",
              "juni",
              "juli",
              "augusti",
              "september",
              "oktober",
              "november",
              "december"));

  /** Abbreviations that are not prefixes of the full name. */
  private static final List<List<String>> MONTH_ABBREVIATIONS =
      List.of(
          List.of(
              "ιαν", "φεβ", "μαρ", "απρ", "μαι", "ιον", "ιολ", "αυγ", "σεπ", "οκτ", "νοε", "δεκ"),
          List.of(
              "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
          List.of(
              "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"));

  private static final Set<String> WEEKDAYS =
      Set.of(
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mo",
          "di",
          "mi",
          "do",
          "fr",
          "sa",
          "so",
          "montag",
          "dienstag",
          "mittwoch",
          "donnerstag",
          "freitag",
          "samstag",
          "sonntag",
          "lun",
          "mar",
          "mer",
          "jeu",
          "ven",
          "sam",
          "dim",
          "lundi",
          "mardi",
          "mercredi",
          "jeudi",
          "vendredi",
          "samedi",
          "dimanche",
          "lunes",
          "martes",
          "miercoles",
          "jueves",
          "viernes",
          "sabado",
          "domingo");

  private static final Set<String> FILLERS = Set.of("le", "de", "du", "del", "um", "a", "den");

  /** 1..12 for a month name or abbreviation in any known language, else 0. */
  static int month(String word) {
    String w = fold(word);
    if (w.endsWith(".")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() < 3) {
      return 0;
    }
    for (List<String> names : MONTH_ABBREVIATIONS) {
      int i = names.indexOf(w);
      if (i >= 0) {
        return i + 1;
      }
    }
    for (List<String> names : MONTHS) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).startsWith(w)) {
          return i + 1;
        }
      }
    }
    return 0;
  }

  static boolean isWeekday(String word) {
    return WEEKDAYS.contains(fold(word));
  }

  static boolean isFiller(String word) {
    return FILLERS.contains(word);
  }

  /** Lower case with accents removed: "Mär" is "mar", "Ιούλ" is "ιουλ". */
  static String fold(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
  }
}
