package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {
  private final HolidayCalendar us = HolidayCalendar.usFederal();

  private String name(LocalDate d) {
    return us.holidayOn(d).map(Holiday::name).orElse("-");
  }

  @Test
  void floatingHolidaysLandOnTheirWeekdays() {
    assertThat(name(LocalDate.of(2026, 1, 19))).isEqualTo("Birthday of Martin Luther King, Jr.");
    assertThat(name(LocalDate.of(2026, 2, 16))).isEqualTo("Washington's Birthday");
    assertThat(name(LocalDate.of(2026, 5, 25))).isEqualTo("Memorial Day");
    assertThat(name(LocalDate.of(2026, 9, 7))).isEqualTo("Labor Day");
    assertThat(name(LocalDate.of(2026, 10, 12))).isEqualTo("Columbus Day");
    assertThat(name(LocalDate.of(2026, 11, 26))).isEqualTo("Thanksgiving Day");
  }

  @Test
  void aSaturdayHolidayIsObservedOnFridayAndASundayOneOnMonday() {
    // 4 July 2026 is a Saturday; 19 June 2022 was a Sunday.
    assertThat(name(LocalDate.of(2026, 7, 3))).isEqualTo("Independence Day");
    assertThat(us.holidayOn(LocalDate.of(2026, 7, 4))).isEmpty();
    assertThat(name(LocalDate.of(2022, 6, 20))).isEqualTo("Juneteenth National Independence Day");
    assertThat(us.holidayOn(LocalDate.of(2022, 6, 19))).isEmpty();
  }

  @Test
  void newYearsDayOnASaturdayIsObservedInThePreviousYear() {
    assertThat(name(LocalDate.of(2021, 12, 31))).isEqualTo("New Year's Day");
    assertThat(us.holidayOn(LocalDate.of(2022, 1, 1))).isEmpty();
  }

  @Test
  void juneteenthStartsIn2021() {
    assertThat(us.holidayOn(LocalDate.of(2020, 6, 19))).isEmpty();
    assertThat(name(LocalDate.of(2021, 6, 18))).isEqualTo("Juneteenth National Independence Day");
  }

  @Test
  void everyObservedHolidayIsAWeekdayAndEveryYearHasElevenSinceJuneteenth() {
    for (int year = 2021; year <= 2040; year++) {
      List<Holiday> holidays = UsFederalHolidays.observed(year);
      assertThat(holidays).hasSize(11);
      for (Holiday h : holidays) {
        assertThat(h.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
        assertThat(us.holidayOn(h.date())).contains(h);
      }
    }
  }

  @Test
  void closuresCombineWithHolidays() {
    HolidayCalendar closed =
        us.and(HolidayCalendar.of(List.of(new Holiday(LocalDate.of(2026, 12, 24), "Closure"))));
    assertThat(closed.holidayOn(LocalDate.of(2026, 12, 24))).map(Holiday::name).contains("Closure");
    assertThat(closed.holidayOn(LocalDate.of(2026, 12, 25)))
        .map(Holiday::name)
        .contains("Christmas Day");
    assertThat(HolidayCalendar.NONE.holidayOn(LocalDate.of(2026, 12, 25))).isEmpty();
  }
}
