package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Says which dates a program is closed: public holidays, closures, staff training days.
 *
 * <p>Calendar expansion asks this SPI about every candidate date and then skips or moves the
 * sessions on a closed date, as its {@link HolidayHandling} says. Dates are local dates in the
 * cohort's zone.
 *
 * <p>Implementations must be safe for concurrent use, must not block (load data up front) and must
 * not throw for any date. Built in: {@link #NONE}, {@link #usFederal()}, {@link #of(Collection)}
 * and {@link #and(HolidayCalendar)} to combine them.
 *
 * <pre>{@code
 * HolidayCalendar closed = HolidayCalendar.usFederal()
 *     .and(HolidayCalendar.of(List.of(new Holiday(LocalDate.of(2026, 12, 24), "Closure"))));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface HolidayCalendar {

  /** A calendar with no closed dates. */
  HolidayCalendar NONE = date -> Optional.empty();

  /**
   * The holiday or closure observed on {@code date}, if any.
   *
   * @param date a local date; never {@code null}
   * @return the holiday, or empty when the program meets as usual
   */
  Optional<Holiday> holidayOn(LocalDate date);

  /**
   * The eleven US federal holidays of 5 U.S.C. 6103(a) on their observed dates: a holiday that
   * falls on a Saturday is observed on the Friday before, one on a Sunday on the Monday after (so
   * New Year's Day 2022, a Saturday, is observed on Friday 31 December 2021). Juneteenth counts
   * from 2021. Inauguration Day (a holiday only around Washington, DC) is not included.
   *
   * @return the calendar; thread-safe
   */
  static HolidayCalendar usFederal() {
    return UsFederalHolidays.INSTANCE;
  }

  /**
   * A calendar of the given fixed dates, for closures. When two entries share a date the first one
   * wins.
   *
   * @param holidays the closed dates; never {@code null}
   * @return the calendar; thread-safe and independent of later changes to {@code holidays}
   */
  static HolidayCalendar of(Collection<Holiday> holidays) {
    Objects.requireNonNull(holidays, "holidays == null");
    Map<LocalDate, Holiday> byDate = new HashMap<>();
    for (Holiday h : holidays) {
      Objects.requireNonNull(h, "holidays contains null");
      byDate.putIfAbsent(h.date(), h);
    }
    Map<LocalDate, Holiday> frozen = Map.copyOf(byDate);
    return date -> Optional.ofNullable(frozen.get(Objects.requireNonNull(date, "date == null")));
  }

  /**
   * This calendar combined with {@code other}: a date is closed if either says so (this one's label
   * wins).
   *
   * @param other the other calendar; never {@code null}
   * @return the combination
   */
  default HolidayCalendar and(HolidayCalendar other) {
    Objects.requireNonNull(other, "other == null");
    return date -> {
      Optional<Holiday> mine = holidayOn(date);
      return mine.isPresent() ? mine : other.holidayOn(date);
    };
  }
}
