package org.openiop.video.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent.LeaveReason;

/**
 * One person's attendance of one session, computed from join and leave events.
 *
 * @param person who; never {@code null}
 * @param status the summary; never {@code null}
 * @param present time in the room inside the session window, forgiven disconnects included; never
 *     {@code null}
 * @param arrivedAt first arrival in the waiting room or the room, or {@code null} when never
 * @param leftAt end of the last stay (clipped to the window), or {@code null} for a no-show
 * @param reconnects short disconnects forgiven by the grace window
 * @param troubleTime total length of the forgiven disconnects; never {@code null}
 * @param technicalTrouble whether the person had connection trouble (a forgiven disconnect or a
 *     lost connection)
 * @param lastLeaveReason why the last stay ended; {@link LeaveReason#NONE} when the person was
 *     still in the room at the end or never came; never {@code null}
 * @param stays the merged stays in time order; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AttendanceRecord(
    PersonRef person,
    Status status,
    Duration present,
    @Nullable Instant arrivedAt,
    @Nullable Instant leftAt,
    int reconnects,
    Duration troubleTime,
    boolean technicalTrouble,
    LeaveReason lastLeaveReason,
    List<Stay> stays) {

  /** The summary of an attendance record. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Status {
    /** On time and stayed to the end. */
    PRESENT,
    /** Arrived late, stayed to the end. */
    LATE,
    /** On time, left early. */
    LEFT_EARLY,
    /** Arrived late and left early. */
    LATE_AND_LEFT_EARLY,
    /** Never in the room during the session. */
    NO_SHOW
  }

  /** Copies the stays and checks the summary against them. */
  public AttendanceRecord {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(present, "present == null");
    Objects.requireNonNull(troubleTime, "troubleTime == null");
    Objects.requireNonNull(lastLeaveReason, "lastLeaveReason == null");
    stays = List.copyOf(Objects.requireNonNull(stays, "stays == null"));
    if ((status == Status.NO_SHOW) != stays.isEmpty()) {
      throw new IllegalArgumentException("a no-show has no stays and only a no-show has none");
    }
  }

  /**
   * Whether the person never attended.
   *
   * @return true for {@link Status#NO_SHOW}
   */
  public boolean noShow() {
    return status == Status.NO_SHOW;
  }

  /**
   * Whether the person arrived late.
   *
   * @return true for {@link Status#LATE} and {@link Status#LATE_AND_LEFT_EARLY}
   */
  public boolean late() {
    return status == Status.LATE || status == Status.LATE_AND_LEFT_EARLY;
  }

  /**
   * Whether the person left early.
   *
   * @return true for {@link Status#LEFT_EARLY} and {@link Status#LATE_AND_LEFT_EARLY}
   */
  public boolean leftEarly() {
    return status == Status.LEFT_EARLY || status == Status.LATE_AND_LEFT_EARLY;
  }

  /**
   * Whole minutes present, rounded down.
   *
   * @return 0 or more
   */
  public long minutesPresent() {
    return present.toMinutes();
  }
}
