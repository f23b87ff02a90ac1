package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {
  private static RecurrenceExpander expander(String zone) {
    return new RecurrenceExpander(
        ZoneId.of(zone), HolidayCalendar.NONE, HolidayHandling.SKIP, DstPolicy.DEFAULT);
  }

  private static WeeklyRecurrence weekly(DayOfWeek day, String start, int minutes) {
    return new WeeklyRecurrence(0, day, LocalTime.parse(start), Duration.ofMinutes(minutes));
  }

  @Test
  void aSixPmGroupStaysAtSixPmAcrossBothDstChanges() {
    RecurrenceExpander.Result r =
        expander("America/New_York")
            .expand(
                List.of(weekly(DayOfWeek.SUNDAY, "18:00", 180)),
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 11, 8));
    assertThat(r.occurrences()).hasSize(37);
    assertThat(r.occurrences())
        .allSatisfy(
            o -> {
              assertThat(o.slot().start().atZone(ZoneId.of("America/New_York")).toLocalTime())
                  .isEqualTo(LocalTime.of(18, 0));
              assertThat(o.adjustment()).isNull();
            });
    // 1 March is EST (UTC-5), 8 March EDT (UTC-4), 8 November EST again.
    assertThat(r.occurrences().get(0).slot().start())
        .isEqualTo(Instant.parse("2026-03-01T23:00:00Z"));
    assertThat(r.occurrences().get(1).slot().start())
        .isEqualTo(Instant.parse("2026-03-08T22:00:00Z"));
    assertThat(r.occurrences().get(36).slot().start())
        .isEqualTo(Instant.parse("2026-11-08T23:00:00Z"));
  }

  @Test
  void halfHourZonesKeepTheirOffsets() {
    Occurrence kolkata =
        expander("Asia/Kolkata")
            .expand(
                List.of(weekly(DayOfWeek.MONDAY, "19:00", 50)),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2))
            .occurrences()
            .get(0);
    assertThat(kolkata.slot().start()).isEqualTo(Instant.parse("2026-03-02T13:30:00Z"));
    Occurrence stJohns =
        expander("America/St_Johns")
            .expand(
                List.of(weekly(DayOfWeek.MONDAY, "19:00", 50)),
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 2))
            .occurrences()
            .get(0);
    assertThat(stJohns.slot().start()).isEqualTo(Instant.parse("2026-03-02T22:30:00Z"));
  }

  @Test
  void aSessionCrossingMidnightEndsOnTheNextLocalDay() {
    Occurrence late =
        expander("America/Los_Angeles")
            .expand(
                List.of(weekly(DayOfWeek.FRIDAY, "23:00", 120)),
                LocalDate.of(2026, 3, 6),
                LocalDate.of(2026, 3, 6))
            .occurrences()
            .get(0);
    assertThat(late.date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(late.slot().end().atZone(ZoneId.of("America/Los_Angeles")).toLocalDateTime())
        .hasToString("2026-03-07T01:00");
  }

  @Test
  void lordHoweGapTimesShiftByHalfAnHourAndAreReported() {
    RecurrenceExpander.Result r =
        expander("Australia/Lord_Howe")
            .expand(
                List.of(weekly(DayOfWeek.SUNDAY, "02:15", 50)),
                LocalDate.of(2026, 9, 27),
                LocalDate.of(2026, 10, 11));
    assertThat(r.occurrences()).hasSize(3);
    Occurrence gap = r.occurrences().get(1);
    assertThat(gap.adjustment()).isNotNull();
    assertThat(gap.adjustment().kind()).isEqualTo(TimeAdjustment.Kind.GAP);
    assertThat(gap.slot().start().atZone(ZoneId.of("Australia/Lord_Howe")).toLocalTime())
        .isEqualTo(LocalTime.of(2, 45));
    assertThat(r.occurrences().get(2).adjustment()).isNull();
  }

  @Test
  void skippingGapTimesReportsTheSkip() {
    RecurrenceExpander skipper =
        new RecurrenceExpander(
            ZoneId.of("America/New_York"),
            HolidayCalendar.NONE,
            HolidayHandling.SKIP,
            new DstPolicy(DstPolicy.Gap.SKIP, DstPolicy.Overlap.EARLIER));
    RecurrenceExpander.Result r =
        skipper.expand(
            List.of(weekly(DayOfWeek.SUNDAY, "02:30", 50)),
            LocalDate.of(2026, 3, 1),
            LocalDate.of(2026, 3, 15));
    assertThat(r.occurrences())
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
    assertThat(r.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.date()).isEqualTo(LocalDate.of(2026, 3, 8)));
  }

  @Test
  void holidaysSkipOrMoveSessions() {
    List<WeeklyRecurrence> mondays = List.of(weekly(DayOfWeek.MONDAY, "18:00", 180));
    LocalDate from = LocalDate.of(2026, 1, 12);
    LocalDate to = LocalDate.of(2026, 1, 25);
    RecurrenceExpander skip =
        new RecurrenceExpander(
            ZoneId.of("America/Chicago"),
            HolidayCalendar.usFederal(),
            HolidayHandling.SKIP,
            DstPolicy.DEFAULT);
    RecurrenceExpander.Result skipped = skip.expand(mondays, from, to);
    assertThat(skipped.occurrences())
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 12));
    assertThat(skipped.skipped())
        .singleElement()
        .satisfies(s -> assertThat(s.holiday()).isPresent());
    RecurrenceExpander move =
        new RecurrenceExpander(
            ZoneId.of("America/Chicago"),
            HolidayCalendar.usFederal(),
            HolidayHandling.MOVE_TO_NEXT_OPEN_DAY,
            DstPolicy.DEFAULT);
    RecurrenceExpander.Result moved = move.expand(mondays, from, to);
    assertThat(moved.occurrences())
        .extracting(Occurrence::date)
        .containsExactly(LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 20));
    assertThat(moved.occurrences().get(1).movedFrom()).isEqualTo(LocalDate.of(2026, 1, 19));
    assertThat(moved.skipped()).isEmpty();
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    // Only zones with rules: once ical4j has been used in this JVM (the iCalendar export tests run
    // in the same JVM), it registers a ZoneRulesProvider whose pooled ids can have no rules.
    return Arbitraries.of(
            ZoneId.getAvailableZoneIds().stream().sorted().filter(this::hasRules).toList())
        .map(ZoneId::of);
  }

  private boolean hasRules(String id) {
    try {
      return ZoneId.of(id).getRules() != null;
    } catch (RuntimeException e) {
      return false;
    }
  }

  @Property(tries = 300)
  void expansionKeepsLocalWallClockTime(
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 3650) int dayOffset,
      @ForAll @IntRange(min = 0, max = 95) int quarterHour,
      @ForAll DayOfWeek day) {
    LocalDate from = LocalDate.of(2020, 1, 1).plusDays(dayOffset);
    LocalTime start = LocalTime.of(quarterHour / 4, (quarterHour % 4) * 15);
    RecurrenceExpander.Result r =
        new RecurrenceExpander(zone, HolidayCalendar.NONE, HolidayHandling.SKIP, DstPolicy.DEFAULT)
            .expand(
                List.of(new WeeklyRecurrence(0, day, start, Duration.ofMinutes(50))),
                from,
                from.plusWeeks(12));
    assertThat(r.occurrences()).hasSizeBetween(12, 13);
    for (Occurrence o : r.occurrences()) {
      assertThat(o.date().getDayOfWeek()).isEqualTo(day);
      if (o.adjustment() == null) {
        assertThat(o.slot().start().atZone(zone).toLocalDateTime())
            .isEqualTo(o.date().atTime(start));
      } else if (o.adjustment().kind() == TimeAdjustment.Kind.GAP) {
        assertThat(o.slot().start().atZone(zone).toLocalDateTime())
            .isEqualTo(o.date().atTime(start).plus(o.adjustment().transition()));
      } else {
        assertThat(o.slot().start().atZone(zone).toLocalDateTime())
            .isEqualTo(o.date().atTime(start));
        ZoneOffset offset = zone.getRules().getOffset(o.slot().start());
        assertThat(zone.getRules().getValidOffsets(o.date().atTime(start)))
            .hasSize(2)
            .first()
            .isEqualTo(offset);
      }
    }
    assertThat(Set.copyOf(r.occurrences())).hasSameSizeAs(r.occurrences());
  }
}
