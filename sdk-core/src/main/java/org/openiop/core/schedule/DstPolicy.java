package org.openiop.core.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * How a local wall-clock time that does not exist (spring-forward gap) or exists twice (fall-back
 * overlap) in a zone becomes an instant. Every such case is reported as a {@link TimeAdjustment};
 * none is resolved silently.
 *
 * <p>The {@link #DEFAULT} follows RFC 5545 section 3.3.5: a time in a gap is read with the offset
 * in force before the gap, which moves it later by the gap's length (18:00 stays 18:00, but 02:30
 * on the New York spring-forward night becomes 03:30 EDT, and 02:15 on Lord Howe Island's 30-minute
 * change becomes 02:45); a time in an overlap means its first occurrence (the earlier instant,
 * still on daylight time). {@link Gap#SKIP} follows section 3.3.10 instead and drops the
 * occurrence.
 *
 * @param gap what to do with a time in a gap; never {@code null}
 * @param overlap what to do with a time in an overlap; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DstPolicy(Gap gap, Overlap overlap) {

  /** RFC 5545 section 3.3.5: shift gap times later by the gap, take the first of two times. */
  public static final DstPolicy DEFAULT = new DstPolicy(Gap.SHIFT_BY_GAP_LENGTH, Overlap.EARLIER);

  /** What happens to a local time that falls in a spring-forward gap. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Gap {
    /** Read it with the offset before the gap: the instant is the local time plus the gap. */
    SHIFT_BY_GAP_LENGTH,
    /** Drop the occurrence (RFC 5545 section 3.3.10). */
    SKIP
  }

  /** Which instant a local time that occurs twice means. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Overlap {
    /** The first occurrence, with the offset before the transition. */
    EARLIER,
    /** The second occurrence, with the offset after the transition. */
    LATER
  }

  /** Checks that both parts are present. */
  public DstPolicy {
    Objects.requireNonNull(gap, "gap == null");
    Objects.requireNonNull(overlap, "overlap == null");
  }

  /**
   * Resolves a local date-time in {@code zone} under this policy.
   *
   * @param local the wall-clock date and time; never {@code null}
   * @param zone the IANA zone; never {@code null}
   * @return the instant (absent only when a gap time is skipped) and the adjustment, if any
   */
  public ResolvedTime resolve(LocalDateTime local, ZoneId zone) {
    Objects.requireNonNull(local, "local == null");
    Objects.requireNonNull(zone, "zone == null");
    ZoneOffsetTransition t = zone.getRules().getTransition(local);
    if (t == null) {
      ZoneOffset offset = zone.getRules().getOffset(local);
      return new ResolvedTime(local.toInstant(offset), null);
    }
    if (t.isGap()) {
      if (gap == Gap.SKIP) {
        return new ResolvedTime(
            null, new TimeAdjustment(local, zone, TimeAdjustment.Kind.GAP, null, t.getDuration()));
      }
      Instant shifted = local.toInstant(t.getOffsetBefore());
      return new ResolvedTime(
          shifted,
          new TimeAdjustment(local, zone, TimeAdjustment.Kind.GAP, shifted, t.getDuration()));
    }
    Instant chosen =
        local.toInstant(overlap == Overlap.EARLIER ? t.getOffsetBefore() : t.getOffsetAfter());
    return new ResolvedTime(
        chosen,
        new TimeAdjustment(local, zone, TimeAdjustment.Kind.OVERLAP, chosen, t.getDuration()));
  }
}
