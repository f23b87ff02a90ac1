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

  /**
   * A new builder (status {@link SessionStatus#SCHEDULED}, not recorded, no invitees).
   *
   * <pre>{@code
   * Session s = Session.builder()
   *     .id(SessionId.of("ses_1"))
   *     .kind(SessionKind.GROUP).modality(Modality.DBT).topic("Distress tolerance")
   *     .start(Instant.parse("2026-03-03T02:00:00Z"), ZoneId.of("America/Los_Angeles"))
   *     .duration(Duration.ofMinutes(180))
   *     .facilitators(List.of(ClinicianId.of("cln_1")))
   *     .build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with this session's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.cohort = cohort;
    b.kind = kind;
    b.modality = modality;
    b.topic = topic;
    b.start = start;
    b.zone = zone;
    b.duration = duration;
    b.facilitators = facilitators;
    b.participants = participants;
    b.supportPersons = supportPersons;
    b.status = status;
    b.recorded = recorded;
    return b;
  }

  /** Builds a validated {@link Session}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable SessionId id;
    private @Nullable CohortId cohort;
    private @Nullable SessionKind kind;
    private @Nullable Modality modality;
    private @Nullable String topic;
    private @Nullable Instant start;
    private @Nullable ZoneId zone;
    private @Nullable Duration duration;
    private List<ClinicianId> facilitators = List.of();
    private List<ParticipantId> participants = List.of();
    private List<SupportPersonId> supportPersons = List.of();
    private SessionStatus status = SessionStatus.SCHEDULED;
    private boolean recorded;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id never {@code null}
     * @return this
     */
    public Builder id(SessionId id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /**
     * Sets the cohort.
     *
     * @param cohort may be {@code null}
     * @return this
     */
    public Builder cohort(@Nullable CohortId cohort) {
      this.cohort = cohort;
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind never {@code null}
     * @return this
     */
    public Builder kind(SessionKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind == null");
      return this;
    }

    /**
     * Sets the modality.
     *
     * @param modality never {@code null}
     * @return this
     */
    public Builder modality(Modality modality) {
      this.modality = Objects.requireNonNull(modality, "modality == null");
      return this;
    }

    /**
     * Sets the topic.
     *
     * @param topic never {@code null}
     * @return this
     */
    public Builder topic(String topic) {
      this.topic = Objects.requireNonNull(topic, "topic == null");
      return this;
    }

    /**
     * Sets the start and the zone it was planned in.
     *
     * @param start never {@code null}
     * @param zone never {@code null}
     * @return this
     */
    public Builder start(Instant start, ZoneId zone) {
      this.start = Objects.requireNonNull(start, "start == null");
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param duration never {@code null}
     * @return this
     */
    public Builder duration(Duration duration) {
      this.duration = Objects.requireNonNull(duration, "duration == null");
      return this;
    }

    /**
     * Sets the facilitators.
     *
     * @param facilitators never {@code null}
     * @return this
     */
    public Builder facilitators(List<ClinicianId> facilitators) {
      this.facilitators = Objects.requireNonNull(facilitators, "facilitators == null");
      return this;
    }

    /**
     * Sets the invited participants.
     *
     * @param participants never {@code null}
     * @return this
     */
    public Builder participants(List<ParticipantId> participants) {
      this.participants = Objects.requireNonNull(participants, "participants == null");
      return this;
    }

    /**
     * Sets the invited support persons.
     *
     * @param supportPersons never {@code null}
     * @return this
     */
    public Builder supportPersons(List<SupportPersonId> supportPersons) {
      this.supportPersons = Objects.requireNonNull(supportPersons, "supportPersons == null");
      return this;
    }

    /**
     * Sets the status (default {@link SessionStatus#SCHEDULED}).
     *
     * @param status never {@code null}
     * @return this
     */
    public Builder status(SessionStatus status) {
      this.status = Objects.requireNonNull(status, "status == null");
      return this;
    }

    /**
     * Sets whether the session is recorded (default false).
     *
     * @param recorded true if recorded
     * @return this
     */
    public Builder recorded(boolean recorded) {
      this.recorded = recorded;
      return this;
    }

    /**
     * Builds and validates the session.
     *
     * @return the session
     * @throws InvalidInputException listing every broken rule under {@code session}
     * @throws NullPointerException if a required part was never set
     */
    public Session build() {
      return org.openiop.core.Validation.check(
          new Session(
              Objects.requireNonNull(id, "id == null"),
              cohort,
              Objects.requireNonNull(kind, "kind == null"),
              Objects.requireNonNull(modality, "modality == null"),
              Objects.requireNonNull(topic, "topic == null"),
              Objects.requireNonNull(start, "start == null"),
              Objects.requireNonNull(zone, "zone == null"),
              Objects.requireNonNull(duration, "duration == null"),
              facilitators,
              participants,
              supportPersons,
              status,
              recorded),
          "session");
    }
  }
}
