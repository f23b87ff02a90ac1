package org.openiop.core.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.internal.Copies;

/**
 * One concrete session: when (an instant, its zone and a duration), what, who runs it and who is
 * invited. {@code toString} shows ids and times only.
 *
 * @param id the session's id; never {@code null}
 * @param cohort the cohort it belongs to, or {@code null} (e.g. an individual session)
 * @param kind the kind; never {@code null}
 * @param modality the main modality; never {@code null}
 * @param topic a short topic, 1-120 characters
 * @param start when it starts; never {@code null}
 * @param zone the zone it was planned in (the cohort's or clinician's); never {@code null}
 * @param duration how long, 5 minutes to 8 hours; never {@code null}
 * @param facilitators the clinicians running it, 1-10; never {@code null}
 * @param participants invited participants, distinct; never {@code null}
 * @param supportPersons invited support persons, distinct, only for kinds that admit them
 * @param status the status; never {@code null}
 * @param recorded whether it is recorded (requires a recording consent from everyone present)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Session(
    SessionId id,
    @Nullable CohortId cohort,
    SessionKind kind,
    Modality modality,
    @NotBlank(message = "must not be blank") @Size(max = 120) String topic,
    Instant start,
    ZoneId zone,
    Duration duration,
    @Size(min = 1, max = 10) List<ClinicianId> facilitators,
    @Size(max = 50) List<ParticipantId> participants,
    @Size(max = 50) List<SupportPersonId> supportPersons,
    SessionStatus status,
    boolean recorded) {

  /** Checks presence, duration, distinct invitees and that support persons fit the kind. */
  public Session {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(modality, "modality == null");
    Objects.requireNonNull(topic, "topic == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(status, "status == null");
    facilitators = Copies.list(facilitators);
    participants = Copies.list(participants);
    supportPersons = Copies.list(supportPersons);
    if (duration.compareTo(Duration.ofMinutes(5)) < 0
        || duration.compareTo(Duration.ofHours(8)) > 0) {
      throw InvalidInputException.of("duration", "must be between 5 minutes and 8 hours");
    }
    if (!supportPersons.isEmpty() && !kind.admitsSupportPersons()) {
      throw InvalidInputException.of(
          "supportPersons", "must be empty for a session of kind " + kind);
    }
    if (facilitators.stream().distinct().count() != facilitators.size()) {
      throw InvalidInputException.of("facilitators", "must not repeat");
    }
    if (participants.stream().distinct().count() != participants.size()) {
      throw InvalidInputException.of("participants", "must not repeat");
    }
    if (supportPersons.stream().distinct().count() != supportPersons.size()) {
      throw InvalidInputException.of("supportPersons", "must not repeat");
    }
  }

  /**
   * When the session ends.
   *
   * @return {@code start + duration}
   */
  public Instant end() {
    return start.plus(duration);
  }

  /**
   * The start as a local date-time in the session's zone.
   *
   * @return never {@code null}
   */
  public ZonedDateTime localStart() {
    return start.atZone(zone);
  }

  /**
   * Whether this session overlaps {@code [from, to)}.
   *
   * @param from start; never {@code null}
   * @param to end; never {@code null}
   * @return true on overlap
   */
  public boolean overlaps(Instant from, Instant to) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    return from.isBefore(end()) && start.isBefore(to);
  }

  /**
   * A copy with another status.
   *
   * @param newStatus the status; never {@code null}
   * @return the new session
   */
  public Session withStatus(SessionStatus newStatus) {
    Objects.requireNonNull(newStatus, "newStatus == null");
    return new Session(
        id,
        cohort,
        kind,
        modality,
        topic,
        start,
        zone,
        duration,
        facilitators,
        participants,
        supportPersons,
        newStatus,
        recorded);
  }
}
