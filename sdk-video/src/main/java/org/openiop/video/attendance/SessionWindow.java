package org.openiop.video.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * When a session was scheduled to run: attendance is measured inside {@code [start, end)}.
 *
 * @param start the scheduled start; never {@code null}
 * @param end the scheduled end, after the start; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SessionWindow(Instant start, Instant end) {
  /** Checks that the window is not empty. */
  public SessionWindow {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("end", "must be after start");
    }
  }

  /**
   * A window from a start and a length.
   *
   * @param start never {@code null}
   * @param length positive; never {@code null}
   * @return the window
   */
  public static SessionWindow of(Instant start, Duration length) {
    Objects.requireNonNull(length, "length == null");
    return new SessionWindow(start, start.plus(length));
  }

  /**
   * The scheduled length.
   *
   * @return positive
   */
  public Duration length() {
    return Duration.between(start, end);
  }
}
