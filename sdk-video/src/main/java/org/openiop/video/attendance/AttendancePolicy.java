package org.openiop.video.attendance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Violation;

/**
 * How join and leave events become attendance.
 *
 * @param grace a disconnect shorter than this merges the stays around it into one and counts as
 *     technical trouble, not absence; 0 to 30 minutes (default 2 minutes)
 * @param lateAfter arriving (in the waiting room or the room) later than this after the start is
 *     late; 0 to 2 hours (default 5 minutes)
 * @param leftEarlyBefore leaving for good earlier than this before the end is leaving early; 0 to 2
 *     hours (default 5 minutes)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AttendancePolicy(Duration grace, Duration lateAfter, Duration leftEarlyBefore) {

  /** Checks the bounds and reports every violation. */
  public AttendancePolicy {
    Objects.requireNonNull(grace, "grace == null");
    Objects.requireNonNull(lateAfter, "lateAfter == null");
    Objects.requireNonNull(leftEarlyBefore, "leftEarlyBefore == null");
    List<Violation> violations = new ArrayList<>();
    check(violations, "grace", grace, Duration.ofMinutes(30));
    check(violations, "lateAfter", lateAfter, Duration.ofHours(2));
    check(violations, "leftEarlyBefore", leftEarlyBefore, Duration.ofHours(2));
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * The defaults: 2 minutes grace, late after 5 minutes, early when leaving more than 5 minutes
   * before the end.
   *
   * @return the default policy
   */
  public static AttendancePolicy defaults() {
    return new AttendancePolicy(
        Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(5));
  }

  /**
   * A copy with another grace window.
   *
   * @param grace 0 to 30 minutes
   * @return the new policy
   */
  public AttendancePolicy withGrace(Duration grace) {
    return new AttendancePolicy(grace, lateAfter, leftEarlyBefore);
  }

  private static void check(List<Violation> out, String path, Duration value, Duration max) {
    if (value.isNegative() || value.compareTo(max) > 0) {
      out.add(new Violation(path, "must be between 0 and " + max));
    }
  }
}
