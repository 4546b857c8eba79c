package org.wirewatch.format.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.wirewatch.model.UpdateFlag;

class DateTimeParserTest {
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private final DateTimeParser parser = new DateTimeParser();

  private OffsetDateTime parse(String raw, ZoneId zone) {
    return parser.parse(raw, zone).orElseThrow(() -> new AssertionError("unread: " + raw));
  }

  @Test
  void istMeansIndiaByDefault() {
    assertThat(parse("Thu, 07 Aug 2025 18:07:00 IST", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
  }

  @Test
  void istFollowsTheSourceZoneWhereItIsAmbiguous() {
    assertThat(parse("Thu, 07 Aug 2025 18:07 IST", ZoneId.of("Europe/Dublin")).getOffset())
        .isEqualTo(ZoneOffset.ofHours(1));
    assertThat(parse("Thu, 07 Aug 2025 18:07 IST", ZoneId.of("Asia/Jerusalem")).getOffset())
        .isEqualTo(ZoneOffset.ofHours(2));
    assertThat(parse("Thu, 07 Aug 2025 18:07 IST", KOLKATA).getOffset())
        .isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
  }

  @Test
  void anAbbreviationTheSourceZoneUsesTakesTheSourceZonesOffset() {
    assertThat(parse("Mon, 06 Jan 2025 09:00 CST", ZoneId.of("Asia/Shanghai")).getOffset())
        .isEqualTo(ZoneOffset.ofHours(8));
    assertThat(parse("Mon, 06 Jan 2025 09:00 CST", ZoneOffset.UTC).getOffset())
        .isEqualTo(ZoneOffset.ofHours(-6));
  }

  @Test
  void aStampWithoutZoneTakesTheSourceZone() {
    assertThat(parse("2025-08-07 18:07", KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(parse("Thu, 07 Aug 2025 18:07", KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
  }

  @Test
  void rfc822VariantsKeepTheOffsetTheSourceMeant() {
    assertThat(parse("Thu, 07 Aug 2025 18:07:00 +0530", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(parse("07 Aug 25 12:37 GMT", KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T12:37Z"));
    assertThat(parse("Fri, 07 Aug 2025 12:37:00 EDT", KOLKATA).toInstant())
        .as("a wrong weekday does not reject the date")
        .isEqualTo(Instant.parse("2025-08-07T16:37:00Z"));
    assertThat(parse("Thu, 07 Aug 2025 12:37:00 CEST", KOLKATA).getOffset())
        .isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void isoVariants() {
    assertThat(parse("2025-08-07T18:07:00+0530", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(parse("2025-08-07T12:37:00.123456Z", KOLKATA).getNano()).isEqualTo(123_456_000);
    assertThat(parse("2025-08", KOLKATA)).isEqualTo(OffsetDateTime.parse("2025-08-01T00:00+05:30"));
    assertThat(parse("2025", ZoneOffset.UTC)).isEqualTo(OffsetDateTime.parse("2025-01-01T00:00Z"));
  }

  @Test
  void isoDateAndTimeWithANamedZone() {
    assertThat(parse("2025-08-07 18:07:00 IST", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(parse("2025-08-07T12:37 GMT", KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T12:37Z"));
    assertThat(parse("07-08-2025 18:07", KOLKATA))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
  }

  @Test
  void timeBeforeTheDateAsIndianSitesWriteIt() {
    assertThat(parse("18:07 IST, 07 Aug 2025", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
    assertThat(parse("Aug 7, 2025, 6:07 pm IST", ZoneOffset.UTC))
        .isEqualTo(OffsetDateTime.parse("2025-08-07T18:07+05:30"));
  }

  @Test
  void unreadableTextIsEmptyNotAnException() {
    assertThat(parser.parse("yesterday-ish", KOLKATA)).isEmpty();
    assertThat(parser.parse("2025-13-40T99:99Z", KOLKATA)).isEmpty();
    assertThat(parser.parse(null, KOLKATA)).isEmpty();
    assertThat(parser.parse("7 Aug 2025 ".repeat(10_000), KOLKATA)).isEmpty();
  }

  @Test
  void timeOfDayReadsLivePageStamps() {
    assertThat(parser.parseTimeOfDay("18:07")).contains(LocalTime.of(18, 7));
    assertThat(parser.parseTimeOfDay(" 6:07 pm ")).contains(LocalTime.of(18, 7));
    assertThat(parser.parseTimeOfDay("12:05 a.m.")).contains(LocalTime.of(0, 5));
    assertThat(parser.parseTimeOfDay("18:07 IST")).contains(LocalTime.of(18, 7));
    assertThat(parser.parseTimeOfDay("Thu, 07 August 2025")).isEmpty();
    assertThat(parser.parseTimeOfDay("25:00")).isEmpty();
    assertThat(parser.parseTimeOfDay("Updated 18:07 IST")).contains(LocalTime.of(18, 7));
    assertThat(parser.parseTimeOfDay("Posted at 6:07 p.m.")).contains(LocalTime.of(18, 7));
    assertThat(parser.parseTimeOfDay("07 Aug 18:07")).isEmpty();
  }

  @Test
  void pageDateReadsTheSeedHeader() {
    assertThat(parser.parseDate("Thu, 07 August 2025")).contains(LocalDate.of(2025, 8, 7));
  }

  @Test
  void dateSanityStandsInForMissingUnreadableAndFutureDates() {
    DateSanity sanity = DateSanity.withDefaults();
    Instant fetched = Instant.parse("2025-08-07T12:40:00Z");
    assertThat(sanity.resolve(null, KOLKATA, fetched).flags())
        .containsOnly(UpdateFlag.MISSING_DATE);
    assertThat(sanity.resolve("soon", KOLKATA, fetched).flags())
        .containsOnly(UpdateFlag.UNREADABLE_DATE);
    DateSanity.ResolvedDate future = sanity.resolve("2025-08-07T13:00:00Z", KOLKATA, fetched);
    assertThat(future.flags()).containsOnly(UpdateFlag.FUTURE_DATE);
    assertThat(future.value().toInstant()).isEqualTo(fetched);
    DateSanity.ResolvedDate skewed = sanity.resolve("2025-08-07T12:49:00Z", KOLKATA, fetched);
    assertThat(skewed.flags()).isEmpty();
    assertThat(skewed.value()).isEqualTo(OffsetDateTime.parse("2025-08-07T12:49Z"));
  }
}
