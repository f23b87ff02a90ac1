package org.openiop.core.people;

import jakarta.validation.Valid;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.internal.Copies;

/**
 * When a clinician works: weekly windows in the clinician's zone, minus time off.
 *
 * @param weekly the weekly windows; never {@code null}
 * @param timeOff periods away; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record WorkingHours(List<WorkingWindow> weekly, List<@Valid TimeOff> timeOff) {

  /** Copies the lists. */
  public WorkingHours {
    weekly = Copies.list(weekly);
    timeOff = Copies.list(timeOff);
  }

  /** No working time at all. */
  public static final WorkingHours NONE = new WorkingHours(List.of(), List.of());

  /**
   * Whether {@code [start, end)} lies inside one weekly window (in {@code zone}) on a single local
   * day and overlaps no time off.
   *
   * @param start the start; never {@code null}
   * @param end the end, after {@code start}; never {@code null}
   * @param zone the clinician's zone; never {@code null}
   * @return true if available
   */
  public boolean isAvailable(Instant start, Instant end, ZoneId zone) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    Objects.requireNonNull(zone, "zone == null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start");
    }
    for (TimeOff off : timeOff) {
      if (off.overlaps(start, end)) {
        return false;
      }
    }
    ZonedDateTime s = start.atZone(zone);
    ZonedDateTime e = end.atZone(zone);
    if (!s.toLocalDate().equals(e.toLocalDate())) {
      return false;
    }
    for (WorkingWindow w : weekly) {
      if (w.day() == s.getDayOfWeek()
          && !s.toLocalTime().isBefore(w.start())
          && !e.toLocalTime().isAfter(w.end())) {
        return true;
      }
    }
    return false;
  }
}
