package org.openiop.core.privacy.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.notes.ClinicalText;

/**
 * A time-limited emergency access grant for one clinician to one participant's record, with its
 * coded reason, the clinician's written justification and, once done, its review.
 *
 * <p>Immutable and thread-safe; {@code toString} shows ids, codes and times, never the
 * justification.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BreakGlassGrant {
  private final String id;
  private final ClinicianId clinician;
  private final ParticipantId participant;
  private final EmergencyReason reason;
  private final ClinicalText justification;
  private final Instant grantedAt;
  private final Instant expiresAt;
  private final @Nullable AdminId reviewer;
  private final @Nullable Instant reviewedAt;

  BreakGlassGrant(
      String id,
      ClinicianId clinician,
      ParticipantId participant,
      EmergencyReason reason,
      ClinicalText justification,
      Instant grantedAt,
      Instant expiresAt,
      @Nullable AdminId reviewer,
      @Nullable Instant reviewedAt) {
    this.id = Objects.requireNonNull(id, "id == null");
    this.clinician = Objects.requireNonNull(clinician, "clinician == null");
    this.participant = Objects.requireNonNull(participant, "participant == null");
    this.reason = Objects.requireNonNull(reason, "reason == null");
    this.justification = Objects.requireNonNull(justification, "justification == null");
    this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt == null");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
    this.reviewer = reviewer;
    this.reviewedAt = reviewedAt;
  }

  BreakGlassGrant reviewed(AdminId by, Instant at) {
    return new BreakGlassGrant(
        id, clinician, participant, reason, justification, grantedAt, expiresAt, by, at);
  }

  /**
   * The grant's id.
   *
   * @return never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * Who may use it.
   *
   * @return never {@code null}
   */
  public ClinicianId clinician() {
    return clinician;
  }

  /**
   * Whose record it opens.
   *
   * @return never {@code null}
   */
  public ParticipantId participant() {
    return participant;
  }

  /**
   * The coded reason.
   *
   * @return never {@code null}
   */
  public EmergencyReason reason() {
    return reason;
  }

  /**
   * The clinician's written justification, for the reviewer (may be PHI; never logged or audited).
   *
   * @return never {@code null}
   */
  public ClinicalText justification() {
    return justification;
  }

  /**
   * When it was granted.
   *
   * @return never {@code null}
   */
  public Instant grantedAt() {
    return grantedAt;
  }

  /**
   * When it lapses (exclusive).
   *
   * @return never {@code null}
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * Whether it can be used at an instant.
   *
   * @param at the moment; never {@code null}
   * @return true within {@code [grantedAt, expiresAt)}
   */
  public boolean isActiveAt(Instant at) {
    Objects.requireNonNull(at, "at == null");
    return !at.isBefore(grantedAt) && at.isBefore(expiresAt);
  }

  /**
   * Who reviewed it.
   *
   * @return the reviewer, or empty while pending
   */
  public Optional<AdminId> reviewer() {
    return Optional.ofNullable(reviewer);
  }

  /**
   * When it was reviewed.
   *
   * @return the time, or empty while pending
   */
  public Optional<Instant> reviewedAt() {
    return Optional.ofNullable(reviewedAt);
  }

  @Override
  public String toString() {
    return "BreakGlassGrant[id="
        + id
        + ", clinician="
        + clinician
        + ", participant="
        + participant
        + ", reason="
        + reason
        + ", grantedAt="
        + grantedAt
        + ", expiresAt="
        + expiresAt
        + ", reviewed="
        + (reviewer != null)
        + ", justification redacted]";
  }
}
