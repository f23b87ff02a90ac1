package org.openiop.video.attendance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.video.spi.RoomEvent.LeaveReason;

/**
 * Maps attendance computed from video events onto sdk-core's {@link Attendance}.
 *
 * <p>Only participants and support persons have core attendance; clinicians and administrators map
 * to nothing. Status:
 *
 * <ul>
 *   <li>a no-show whose connection was lost maps to {@link AttendanceStatus#TECHNICAL_FAILURE} with
 *       0 minutes; any other no-show to {@link AttendanceStatus#NO_SHOW};
 *   <li>leaving early because the connection was lost (the last stay ended with {@link
 *       LeaveReason#CONNECTION_LOST}) maps to {@link AttendanceStatus#TECHNICAL_FAILURE};
 *   <li>late and left early maps to whichever lost more minutes ({@code LATE} on a tie);
 *   <li>{@code PRESENT}, {@code LATE} and {@code LEFT_EARLY} map to themselves. Forgiven reconnects
 *       do not change the status; they are technical trouble, not absence.
 * </ul>
 *
 * <p>Minutes are whole minutes present (forgiven gaps included), capped at 1440. Stateless and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CoreAttendance {
  private CoreAttendance() {}

  /**
   * Maps one record.
   *
   * @param session the session; never {@code null}
   * @param window the window the record was computed for; never {@code null}
   * @param record the record; never {@code null}
   * @return the core attendance, or empty for clinicians and administrators
   */
  public static Optional<Attendance> of(
      SessionId session, SessionWindow window, AttendanceRecord record) {
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(window, "window == null");
    Objects.requireNonNull(record, "record == null");
    AttendanceStatus status = status(window, record);
    int minutes = status.isAbsence() ? 0 : (int) Math.min(1440, record.present().toMinutes());
    if (record.person().id() instanceof ParticipantId participant) {
      return Optional.of(Attendance.ofParticipant(session, participant, status, minutes));
    }
    if (record.person().id() instanceof SupportPersonId supportPerson) {
      return Optional.of(Attendance.ofSupportPerson(session, supportPerson, status, minutes));
    }
    return Optional.empty();
  }

  /**
   * Maps every record of a session that has a core attendance.
   *
   * @param session the session; never {@code null}
   * @param window the window; never {@code null}
   * @param records the calculator's output; never {@code null}
   * @return the attendances, in the records' order
   */
  public static List<Attendance> of(
      SessionId session, SessionWindow window, Map<?, AttendanceRecord> records) {
    Objects.requireNonNull(records, "records == null");
    List<Attendance> out = new ArrayList<>();
    for (AttendanceRecord record : records.values()) {
      of(session, window, record).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static AttendanceStatus status(SessionWindow window, AttendanceRecord r) {
    switch (r.status()) {
      case NO_SHOW:
        return r.technicalTrouble() ? AttendanceStatus.TECHNICAL_FAILURE : AttendanceStatus.NO_SHOW;
      case PRESENT:
        return AttendanceStatus.PRESENT;
      case LATE:
        return AttendanceStatus.LATE;
      default:
        break;
    }
    if (r.lastLeaveReason() == LeaveReason.CONNECTION_LOST) {
      return AttendanceStatus.TECHNICAL_FAILURE;
    }
    if (r.status() == AttendanceRecord.Status.LEFT_EARLY) {
      return AttendanceStatus.LEFT_EARLY;
    }
    Duration lateBy = Duration.between(window.start(), Objects.requireNonNull(r.arrivedAt()));
    Duration earlyBy = Duration.between(Objects.requireNonNull(r.leftAt()), window.end());
    return earlyBy.compareTo(lateBy) > 0 ? AttendanceStatus.LEFT_EARLY : AttendanceStatus.LATE;
  }
}
