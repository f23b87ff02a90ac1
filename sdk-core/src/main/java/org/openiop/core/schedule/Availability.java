package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * When a referred participant can attend, as weekly local-time windows in their own zone, for
 * example weekday evenings or weekends.
 *
 * @param windows the windows; never {@code null} or empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Availability(List<Window> windows) {

  /**
   * One weekly window.
   *
   * @param day the day; never {@code null}
   * @param start the first local time; never {@code null}
   * @param end the last local time (a session must end by then), after {@code start}; never {@code
   *     null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Window(DayOfWeek day, LocalTime start, LocalTime end) {
    /** Checks the window is non-empty. */
    public Window {
      Objects.requireNonNull(day, "day == null");
      Objects.requireNonNull(start, "start == null");
      Objects.requireNonNull(end, "end == null");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("end must be after start");
      }
    }
  }

  /** Checks the list. */
  public Availability {
    windows = List.copyOf(Objects.requireNonNull(windows, "windows == null"));
    if (windows.isEmpty()) {
      throw new IllegalArgumentException("windows is empty");
    }
  }

  /**
   * The same hours on each of the given days.
   *
   * @param days the days; never {@code null} or empty
   * @param start the first local time; never {@code null}
   * @param end the last local time; never {@code null}
   * @return the availability
   */
  public static Availability on(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    Objects.requireNonNull(days, "days == null");
    List<Window> w = new ArrayList<>();
    for (DayOfWeek d : EnumSet.copyOf(days)) {
      w.add(new Window(d, start, end));
    }
    return new Availability(w);
  }

  /**
   * Monday to Friday, 17:00 to 22:00.
   *
   * @return the availability
   */
  public static Availability weekdayEvenings() {
    return on(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(17, 0),
        LocalTime.of(22, 0));
  }

  /**
   * Monday to Friday, 08:00 to 17:00.
   *
   * @return the availability
   */
  public static Availability weekdayDaytime() {
    return on(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));
  }

  /**
   * Saturday and Sunday, 08:00 to 20:00.
   *
   * @return the availability
   */
  public static Availability weekends() {
    return on(
        EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0), LocalTime.of(20, 0));
  }

  /**
   * Every day, 07:00 to 22:00.
   *
   * @return the availability
   */
  public static Availability anytime() {
    return on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(7, 0), LocalTime.of(22, 0));
  }

  /**
   * Whether a session from {@code start} to {@code end} (both in the participant's zone) fits one
   * window: same local day, inside its hours.
   *
   * @param start the local start; never {@code null}
   * @param end the local end; never {@code null}
   * @return true if it fits
   */
  public boolean admits(ZonedDateTime start, ZonedDateTime end) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!start.toLocalDate().equals(end.toLocalDate())) {
      return false;
    }
    for (Window w : windows) {
      if (w.day() == start.getDayOfWeek()
          && !start.toLocalTime().isBefore(w.start())
          && !end.toLocalTime().isAfter(w.end())) {
        return true;
      }
    }
    return false;
  }
}
