package org.openiop.core.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Expands weekly local times into occurrences in one zone: keeps wall-clock time across DST,
 * resolves gaps and overlaps by a {@link DstPolicy}, and skips or moves closed dates.
 */
final class RecurrenceExpander {
  /** How far ahead a session on a closed date may move. */
  private static final int MAX_MOVE_DAYS = 14;

  private final ZoneId zone;
  private final HolidayCalendar holidays;
  private final HolidayHandling handling;
  private final DstPolicy policy;

  RecurrenceExpander(
      ZoneId zone, HolidayCalendar holidays, HolidayHandling handling, DstPolicy policy) {
    this.zone = zone;
    this.holidays = holidays;
    this.handling = handling;
    this.policy = policy;
  }

  /** What came out: occurrences in time order, and what was skipped (with why). */
  record Result(List<Occurrence> occurrences, List<Skip> skipped) {}

  /** An occurrence that was dropped: on a closed date that could not move, or in a skipped gap. */
  record Skip(WeeklyRecurrence recurrence, LocalDate date, Optional<Holiday> holiday) {}

  Result expand(List<WeeklyRecurrence> recurrences, LocalDate from, LocalDate toInclusive) {
    List<Occurrence> out = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    // Every date with a regular occurrence of any recurrence: a moved session never lands on one.
    Set<LocalDate> taken = new HashSet<>();
    List<List<LocalDate>> datesOf = new ArrayList<>();
    for (WeeklyRecurrence r : recurrences) {
      List<LocalDate> dates = new ArrayList<>();
      for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(r.day()));
          !d.isAfter(toInclusive);
          d = d.plusWeeks(1)) {
        dates.add(d);
        taken.add(d);
      }
      datesOf.add(dates);
    }
    for (int ri = 0; ri < recurrences.size(); ri++) {
      WeeklyRecurrence r = recurrences.get(ri);
      List<LocalDate> dates = datesOf.get(ri);
      for (LocalDate d : dates) {
        Optional<Holiday> closed = holidays.holidayOn(d);
        LocalDate actual = d;
        if (closed.isPresent()) {
          Optional<LocalDate> moved =
              handling == HolidayHandling.MOVE_TO_NEXT_OPEN_DAY
                  ? nextOpen(d, toInclusive, taken)
                  : Optional.empty();
          if (moved.isEmpty()) {
            skipped.add(new Skip(r, d, closed));
            continue;
          }
          actual = moved.get();
          taken.add(actual);
        }
        ResolvedTime t = policy.resolve(actual.atTime(r.start()), zone);
        if (t.instant() == null) {
          skipped.add(new Skip(r, actual, Optional.empty()));
          continue;
        }
        out.add(
            new Occurrence(
                r,
                actual,
                r.start(),
                TimeSlot.of(t.instant(), r.length()),
                t.adjustment(),
                closed.orElse(null),
                closed.isPresent() ? d : null));
      }
    }
    out.sort(
        Comparator.comparing((Occurrence o) -> o.slot().start())
            .thenComparingInt(o -> o.recurrence().key()));
    return new Result(out, skipped);
  }

  /** The first open date after {@code d} without an occurrence of the same recurrence. */
  private Optional<LocalDate> nextOpen(LocalDate d, LocalDate last, Set<LocalDate> taken) {
    for (int i = 1; i <= MAX_MOVE_DAYS; i++) {
      LocalDate c = d.plus(i, ChronoUnit.DAYS);
      if (c.isAfter(last)) {
        break;
      }
      if (!taken.contains(c) && holidays.holidayOn(c).isEmpty()) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
