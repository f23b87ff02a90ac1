package org.openiop.core.engage;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * When reminders go out: offsets before a session and the recipient's local quiet hours.
 *
 * <p>An offset that is a whole number of days is applied on the recipient's local calendar (a
 * 24-hour reminder for a 6:00 PM session goes out at 6:00 PM local the day before, even across a
 * DST change); any other offset is applied on the time line. A send time that falls inside quiet
 * hours is moved <em>earlier</em>, to one minute before the quiet hours began that evening, so a
 * reminder never arrives at night and never arrives later than planned.
 *
 * @param offsets how long before the start each reminder goes out, each 1 minute to 14 days,
 *     distinct; never {@code null}
 * @param quietStart local time quiet hours begin (inclusive); never {@code null}
 * @param quietEnd local time quiet hours end (exclusive); equal to {@code quietStart} for none
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReminderPolicy(List<Duration> offsets, LocalTime quietStart, LocalTime quietEnd) {

  /** 24 hours and 1 hour before; quiet from 21:00 to 08:00. */
  public static final ReminderPolicy DEFAULT =
      new ReminderPolicy(
          List.of(Duration.ofHours(24), Duration.ofHours(1)),
          LocalTime.of(21, 0),
          LocalTime.of(8, 0));

  /** Checks presence and the offset bounds. */
  public ReminderPolicy {
    Objects.requireNonNull(offsets, "offsets == null");
    Objects.requireNonNull(quietStart, "quietStart == null");
    Objects.requireNonNull(quietEnd, "quietEnd == null");
    offsets = List.copyOf(offsets);
    for (int i = 0; i < offsets.size(); i++) {
      Duration d = offsets.get(i);
      if (d.compareTo(Duration.ofMinutes(1)) < 0 || d.compareTo(Duration.ofDays(14)) > 0) {
        throw InvalidInputException.of(
            "offsets[" + i + "]", "must be between 1 minute and 14 days");
      }
    }
    if (offsets.stream().distinct().count() != offsets.size()) {
      throw InvalidInputException.of("offsets", "must not repeat");
    }
  }

  /**
   * Whether a local time of day falls in quiet hours.
   *
   * @param time the local time; never {@code null}
   * @return true if quiet
   */
  public boolean isQuiet(LocalTime time) {
    Objects.requireNonNull(time, "time == null");
    if (quietStart.equals(quietEnd)) {
      return false;
    }
    if (quietStart.isBefore(quietEnd)) {
      return !time.isBefore(quietStart) && time.isBefore(quietEnd);
    }
    return !time.isBefore(quietStart) || time.isBefore(quietEnd);
  }

  /**
   * A copy with other offsets.
   *
   * @param newOffsets the offsets; never {@code null}
   * @return the new policy
   */
  public ReminderPolicy withOffsets(List<Duration> newOffsets) {
    return new ReminderPolicy(newOffsets, quietStart, quietEnd);
  }

  /**
   * A copy with other quiet hours.
   *
   * @param start when quiet hours begin; never {@code null}
   * @param end when they end; never {@code null}
   * @return the new policy
   */
  public ReminderPolicy withQuietHours(LocalTime start, LocalTime end) {
    return new ReminderPolicy(offsets, start, end);
  }
}
