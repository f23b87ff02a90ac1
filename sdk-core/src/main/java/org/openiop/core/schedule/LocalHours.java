package org.openiop.core.schedule;

import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The local hours of the day in which a person may have sessions, in that person's own zone.
 *
 * @param earliestStart no session starts before this local time; never {@code null}
 * @param latestEnd no session ends after this local time (on the same local day); never {@code
 *     null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LocalHours(LocalTime earliestStart, LocalTime latestEnd) {
  /** 07:00 to 22:00, the default waking hours for participants. */
  public static final LocalHours DEFAULT = new LocalHours(LocalTime.of(7, 0), LocalTime.of(22, 0));

  /** Checks that the window is non-empty. */
  public LocalHours {
    Objects.requireNonNull(earliestStart, "earliestStart == null");
    Objects.requireNonNull(latestEnd, "latestEnd == null");
    if (!latestEnd.isAfter(earliestStart)) {
      throw new IllegalArgumentException("latestEnd must be after earliestStart");
    }
  }
}
