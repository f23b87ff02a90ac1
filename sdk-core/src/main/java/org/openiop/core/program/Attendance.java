package org.openiop.core.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;

/**
 * How one person attended one session: exactly one of {@code participant} and {@code supportPerson}
 * is set.
 *
 * @param session the session; never {@code null}
 * @param participant the participant who attended, or {@code null} for a support person
 * @param supportPerson the support person who attended, or {@code null} for a participant
 * @param status how they attended; never {@code null}
 * @param minutesAttended minutes actually present, 0-1440; 0 for an absence
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Attendance(
    SessionId session,
    @Nullable ParticipantId participant,
    @Nullable SupportPersonId supportPerson,
    AttendanceStatus status,
    @Min(0) @Max(1440) int minutesAttended) {

  /** Checks presence, that exactly one person is named, and that absences carry no minutes. */
  public Attendance {
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(status, "status == null");
    if ((participant == null) == (supportPerson == null)) {
      throw InvalidInputException.of(
          "participant", "exactly one of participant and supportPerson must be set");
    }
    if (status.isAbsence() && minutesAttended != 0) {
      throw InvalidInputException.of("minutesAttended", "must be 0 for " + status);
    }
  }

  /**
   * A participant's attendance.
   *
   * @param session the session; never {@code null}
   * @param participant the participant; never {@code null}
   * @param status how they attended; never {@code null}
   * @param minutesAttended minutes present
   * @return the attendance
   */
  public static Attendance ofParticipant(
      SessionId session, ParticipantId participant, AttendanceStatus status, int minutesAttended) {
    Objects.requireNonNull(participant, "participant == null");
    return new Attendance(session, participant, null, status, minutesAttended);
  }

  /**
   * A support person's attendance.
   *
   * @param session the session; never {@code null}
   * @param supportPerson the support person; never {@code null}
   * @param status how they attended; never {@code null}
   * @param minutesAttended minutes present
   * @return the attendance
   */
  public static Attendance ofSupportPerson(
      SessionId session,
      SupportPersonId supportPerson,
      AttendanceStatus status,
      int minutesAttended) {
    Objects.requireNonNull(supportPerson, "supportPerson == null");
    return new Attendance(session, null, supportPerson, status, minutesAttended);
  }

  /**
   * The person who attended.
   *
   * @return the participant's or support person's id
   */
  public TypedId person() {
    return participant != null ? participant : Objects.requireNonNull(supportPerson);
  }

  /**
   * The time attended.
   *
   * @return {@code minutesAttended} as a duration
   */
  public Duration attended() {
    return Duration.ofMinutes(minutesAttended);
  }
}
