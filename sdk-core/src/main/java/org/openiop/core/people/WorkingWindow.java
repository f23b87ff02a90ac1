package org.openiop.core.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * A weekly span of working time on one day, in the clinician's own zone.
 *
 * @param day the day of week; never {@code null}
 * @param start local start time; never {@code null}
 * @param end local end time, after {@code start} (same day); never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WorkingWindow(DayOfWeek day, LocalTime start, LocalTime end) {

  /** Checks presence and order. */
  public WorkingWindow {
    Objects.requireNonNull(day, "day == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("end", "must be after start");
    }
  }
}
