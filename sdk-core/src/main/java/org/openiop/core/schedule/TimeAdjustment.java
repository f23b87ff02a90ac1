package org.openiop.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A report that a local time fell in a daylight-saving gap or overlap and how it was resolved.
 *
 * @param requested the wall-clock time asked for; never {@code null}
 * @param zone the zone; never {@code null}
 * @param kind gap or overlap; never {@code null}
 * @param resolvedTo the instant chosen, or {@code null} when the occurrence was skipped
 * @param transition the clock change: positive for a gap (clocks jump forward by this much),
 *     negative for an overlap; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TimeAdjustment(
    LocalDateTime requested,
    ZoneId zone,
    Kind kind,
    @Nullable Instant resolvedTo,
    Duration transition) {

  /** Whether the time did not exist or existed twice. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** The local time does not exist (clocks jumped forward over it). */
    GAP,
    /** The local time occurs twice (clocks fell back over it). */
    OVERLAP
  }

  /** Checks that every part is present. */
  public TimeAdjustment {
    Objects.requireNonNull(requested, "requested == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(transition, "transition == null");
  }
}
