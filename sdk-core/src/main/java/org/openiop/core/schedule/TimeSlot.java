package org.openiop.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A half-open span of time {@code [start, end)} with millisecond precision.
 *
 * <p>Two slots overlap when each starts before the other ends; slots that only touch (one ends
 * exactly when the other starts) do not overlap.
 *
 * @param start the first instant inside the slot; never {@code null}
 * @param end the first instant after the slot, strictly after {@code start}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TimeSlot(Instant start, Instant end) {
  /** Checks that the slot is non-empty and has whole-millisecond bounds. */
  public TimeSlot {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start");
    }
    if (start.getNano() % 1_000_000 != 0 || end.getNano() % 1_000_000 != 0) {
      throw new IllegalArgumentException("start and end must be whole milliseconds");
    }
  }

  /**
   * A slot of the given length from {@code start}.
   *
   * @param start the start; never {@code null}
   * @param length a positive length; never {@code null}
   * @return the slot
   */
  public static TimeSlot of(Instant start, Duration length) {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(length, "length == null");
    return new TimeSlot(start, start.plus(length));
  }

  /**
   * The slot's length.
   *
   * @return a positive duration
   */
  public Duration length() {
    return Duration.between(start, end);
  }

  /**
   * Whether this slot and {@code other} share at least one instant.
   *
   * @param other the other slot; never {@code null}
   * @return true if they overlap (touching is not overlapping)
   */
  public boolean overlaps(TimeSlot other) {
    Objects.requireNonNull(other, "other == null");
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * This slot widened by {@code buffer} on both sides, for buffer checks between sessions.
   *
   * @param buffer a non-negative widening; never {@code null}
   * @return the widened slot ({@code this} for a zero buffer)
   */
  public TimeSlot widenedBy(Duration buffer) {
    Objects.requireNonNull(buffer, "buffer == null");
    if (buffer.isNegative()) {
      throw new IllegalArgumentException("buffer must not be negative");
    }
    return buffer.isZero() ? this : new TimeSlot(start.minus(buffer), end.plus(buffer));
  }
}
