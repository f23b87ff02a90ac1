package org.openiop.core.schedule;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of resolving a local time under a {@link DstPolicy}.
 *
 * @param instant the instant, or {@code null} when the policy skipped a gap time
 * @param adjustment what the policy did about a gap or overlap, or {@code null} for an ordinary
 *     time
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResolvedTime(@Nullable Instant instant, @Nullable TimeAdjustment adjustment) {
  /** Checks that a missing instant comes with the adjustment that explains it. */
  public ResolvedTime {
    if (instant == null && adjustment == null) {
      throw new IllegalArgumentException("a skipped time needs its adjustment");
    }
  }

  /**
   * The instant, if the time was not skipped.
   *
   * @return the instant or empty
   */
  public Optional<Instant> toInstant() {
    return Optional.ofNullable(instant);
  }

  /**
   * The adjustment, if the time fell in a gap or an overlap.
   *
   * @return the adjustment or empty
   */
  public Optional<TimeAdjustment> toAdjustment() {
    return Optional.ofNullable(adjustment);
  }
}
