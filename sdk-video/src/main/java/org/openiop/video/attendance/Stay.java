package org.openiop.video.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One continuous presence in the room, after short disconnects were merged.
 *
 * @param from when it began (clipped to the session window); never {@code null}
 * @param to when it ended (clipped to the session window), after {@code from}; never {@code null}
 * @param reconnects how many short disconnects were merged into it, 0 or more
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Stay(Instant from, Instant to, int reconnects) {
  /** Checks the order. */
  public Stay {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("stay must end after it begins");
    }
    if (reconnects < 0) {
      throw new IllegalArgumentException("reconnects < 0");
    }
  }

  /**
   * The stay's length, including merged disconnects.
   *
   * @return positive
   */
  public Duration length() {
    return Duration.between(from, to);
  }
}
