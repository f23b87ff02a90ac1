package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The US federal holidays of 5 U.S.C. 6103(a), on their observed dates (6103(b)). */
final class UsFederalHolidays implements HolidayCalendar {
  static final UsFederalHolidays INSTANCE = new UsFederalHolidays();

  private UsFederalHolidays() {}

  @Override
  public Optional<Holiday> holidayOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    // New Year's Day of the next year may be observed on 31 December of this one.
    for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
      for (Holiday h : observed(year)) {
        if (h.date().equals(date)) {
          return Optional.of(h);
        }
      }
    }
    return Optional.empty();
  }

  /** The observed holidays whose legal date falls in {@code year}. */
  static List<Holiday> observed(int year) {
    List<Holiday> out = new ArrayList<>(11);
    out.add(fixed(year, Month.JANUARY, 1, "New Year's Day"));
    out.add(nth(year, Month.JANUARY, 3, DayOfWeek.MONDAY, "Birthday of Martin Luther King, Jr."));
    out.add(nth(year, Month.FEBRUARY, 3, DayOfWeek.MONDAY, "Washington's Birthday"));
    out.add(
        new Holiday(
            LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
            "Memorial Day"));
    if (year >= 2021) {
      out.add(fixed(year, Month.JUNE, 19, "Juneteenth National Independence Day"));
    }
    out.add(fixed(year, Month.JULY, 4, "Independence Day"));
    out.add(nth(year, Month.SEPTEMBER, 1, DayOfWeek.MONDAY, "Labor Day"));
    out.add(nth(year, Month.OCTOBER, 2, DayOfWeek.MONDAY, "Columbus Day"));
    out.add(fixed(year, Month.NOVEMBER, 11, "Veterans Day"));
    out.add(nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY, "Thanksgiving Day"));
    out.add(fixed(year, Month.DECEMBER, 25, "Christmas Day"));
    return out;
  }

  private static Holiday fixed(int year, Month month, int day, String name) {
    LocalDate d = LocalDate.of(year, month, day);
    if (d.getDayOfWeek() == DayOfWeek.SATURDAY) {
      d = d.minusDays(1);
    } else if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return new Holiday(d, name);
  }

  private static Holiday nth(int year, Month month, int n, DayOfWeek dow, String name) {
    return new Holiday(
        LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow)), name);
  }
}
