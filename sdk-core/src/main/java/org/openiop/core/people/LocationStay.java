package org.openiop.core.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

/**
 * A span of days a participant spends in one jurisdiction and time zone. PHI (location): {@code
 * toString} shows the jurisdiction only.
 *
 * @param jurisdiction where the participant is physically located; never {@code null}
 * @param zone the local time zone there; never {@code null}
 * @param from first day, inclusive; never {@code null}
 * @param until last day, inclusive, or {@code null} if open-ended
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LocationStay(
    Jurisdiction jurisdiction, ZoneId zone, LocalDate from, @Nullable LocalDate until) {

  /** Checks presence and that the span is not reversed. */
  public LocationStay {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(from, "from == null");
    if (until != null && until.isBefore(from)) {
      throw InvalidInputException.of("until", "must not be before from");
    }
  }

  /**
   * Whether {@code date} falls in this stay.
   *
   * @param date the day; never {@code null}
   * @return true if {@code from <= date <= until}
   */
  public boolean covers(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    return !date.isBefore(from) && (until == null || !date.isAfter(until));
  }

  @Override
  public String toString() {
    return "LocationStay[redacted]";
  }
}
