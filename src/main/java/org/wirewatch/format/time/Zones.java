package org.wirewatch.format.time;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Zone abbreviations and how the source's zone disambiguates them. */
final class Zones {
  private static final DateTimeFormatter SHORT_NAME =
      DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

  private Zones() {}

  static boolean known(String lower, boolean afterTime) {
    String up = lower.toUpperCase(Locale.ROOT);
    if (up.length() == 1) {
      // single-letter military zones only where a zone can stand, after the time
      return afterTime && up.charAt(0) != 'J';
    }
    return fixedHours(up) != null || up.equals("IST");
  }

  static OffsetDateTime resolve(String abbr, LocalDateTime local, ZoneId sourceZone) {
    ZonedDateTime inSource = local.atZone(sourceZone);
    if (!(sourceZone instanceof ZoneOffset) && SHORT_NAME.format(inSource).equalsIgnoreCase(abbr)) {
      return inSource.toOffsetDateTime();
    }
    if (abbr.equals("IST")) {
      return local.atOffset(istFor(sourceZone));
    }
    if (abbr.length() == 1) {
      // RFC 2822 4.3: military zones were specified with the wrong sign in RFC 822 and are
      // unreliable; read them as UTC, except Z which always meant UTC anyway
      return local.atOffset(ZoneOffset.UTC);
    }
    return local.atOffset(ZoneOffset.ofTotalSeconds((int) (fixedHours(abbr) * 3600)));
  }

  private static ZoneOffset istFor(ZoneId sourceZone) {
    String id = sourceZone.getId();
    if (id.equals("Europe/Dublin")) {
      return ZoneOffset.ofHours(1);
    }
    if (id.equals("Asia/Jerusalem") || id.equals("Asia/Tel_Aviv") || id.equals("Israel")) {
      return ZoneOffset.ofHours(2);
    }
    return ZoneOffset.ofHoursMinutes(5, 30);
  }

  private static Double fixedHours(String abbr) {
    return switch (abbr) {
      case "UT", "UTC", "GMT", "Z", "WET", "ZULU" -> 0.0;
      case "EST", "ET", "CDT" -> -5.0;
      case "EDT", "AT", "AST" -> -4.0;
      case "ADT" -> -3.0;
      case "CST", "CT", "MDT" -> -6.0;
      case "MST", "MT", "PDT" -> -7.0;
      case "PST", "PT", "AKDT" -> -8.0;
      case "AKST" -> -9.0;
      case "HST" -> -10.0;
      case "NST" -> -3.5;
      case "BST", "CET", "MET", "WEST", "WAT" -> 1.0;
      case "CEST", "MEST", "EET", "SAST", "CAT" -> 2.0;
      case "EEST", "MSK", "EAT" -> 3.0;
      case "PKT" -> 5.0;
      case "NPT" -> 5.75;
      case "ICT", "WIB" -> 7.0;
      case "SGT", "HKT", "PHT", "AWST", "CCT" -> 8.0;
      case "JST", "KST" -> 9.0;
      case "ACST" -> 9.5;
      case "AEST" -> 10.0;
      case "AEDT" -> 11.0;
      case "NZST" -> 12.0;
      case "NZDT" -> 13.0;
      default -> null;
    };
  }
}
