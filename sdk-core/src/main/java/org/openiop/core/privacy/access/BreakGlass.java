package org.openiop.core.privacy.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.notes.ClinicalText;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditSink;
import org.openiop.core.privacy.audit.PurposeOfUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emergency ("break-glass") access, HIPAA 164.312(a)(2)(ii): a clinician who is not on a
 * participant's care team takes time-limited read access with a coded reason and a written
 * justification. Every grant and every use is audited with the break-glass flag, and every grant
 * waits in {@link #pendingReview()} until a reviewer signs it off.
 *
 * <p>Break-glass never opens psychotherapy notes (only their author may use them). For 42 CFR Part
 * 2 records it stands in for consent under the medical-emergency exception (42 CFR 2.51). Grants
 * live in memory: a host that runs several nodes keeps them in its own store and reconstructs this
 * service from it, or routes break-glass through one node.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class BreakGlass {
  /** The longest grant allowed by default. */
  public static final Duration DEFAULT_MAX_DURATION = Duration.ofHours(4);

  /** The shortest written justification accepted, in characters. */
  public static final int MIN_JUSTIFICATION = 20;

  private static final Logger LOG = LoggerFactory.getLogger(BreakGlass.class);

  private final Clock clock;
  private final AuditSink audit;
  private final IdGenerator ids;
  private final Duration maxDuration;
  private final Map<String, BreakGlassGrant> grants = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> uses = new ConcurrentHashMap<>();

  private BreakGlass(Builder b) {
    this.clock = b.clock;
    this.audit = Objects.requireNonNull(b.audit, "audit sink is required");
    this.ids = b.ids;
    this.maxDuration = b.maxDuration;
  }

  /**
   * Starts configuring the service.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Grants emergency access, audits the grant and queues it for review.
   *
   * @param clinician who needs access; never {@code null}
   * @param participant whose record; never {@code null}
   * @param reason the coded reason; never {@code null}
   * @param justification why, in the clinician's words (at least {@value #MIN_JUSTIFICATION}
   *     characters; kept for the reviewer, never logged or audited)
   * @param duration how long, positive and at most the configured maximum
   * @return the grant
   * @throws InvalidInputException if the justification or duration is not acceptable
   * @throws org.openiop.core.privacy.audit.AuditFailureException if the grant cannot be audited (no
   *     grant is made)
   */
  public BreakGlassGrant grant(
      ClinicianId clinician,
      ParticipantId participant,
      EmergencyReason reason,
      String justification,
      Duration duration) {
    Objects.requireNonNull(clinician, "clinician == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(duration, "duration == null");
    if (justification == null || justification.strip().length() < MIN_JUSTIFICATION) {
      throw InvalidInputException.of(
          "justification",
          "must explain the emergency in at least " + MIN_JUSTIFICATION + " characters");
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(maxDuration) > 0) {
      throw InvalidInputException.of(
          "duration", "must be positive and at most " + maxDuration.toMinutes() + " minutes");
    }
    Instant now = clock.instant();
    BreakGlassGrant grant =
        new BreakGlassGrant(
            ids.next("bgl"),
            clinician,
            participant,
            reason,
            ClinicalText.of(justification),
            now,
            now.plus(duration),
            null,
            null);
    audit.append(
        AuditEvent.builder(now)
            .eventType("break-glass-grant")
            .action(AuditAction.EXECUTE)
            .actor(clinician.value(), Role.CLINICIAN.code())
            .resource("participant-record", grant.id(), participant)
            .reason(reason.code())
            .purpose(PurposeOfUse.EMERGENCY_TREATMENT)
            .breakGlass(true)
            .build());
    grants.put(grant.id(), grant);
    uses.put(grant.id(), new AtomicInteger());
    LOG.warn(
        "break-glass access granted: grant {} clinician {} participant {} reason {} until {}",
        grant.id(),
        clinician,
        participant,
        reason.code(),
        grant.expiresAt());
    return grant;
  }

  /**
   * The clinician's grant for the participant that is active at the instant, if any.
   *
   * @param clinician the clinician; never {@code null}
   * @param participant the participant; never {@code null}
   * @param at the moment; never {@code null}
   * @return the active grant with the latest expiry, or empty
   */
  public Optional<BreakGlassGrant> activeGrant(
      ClinicianId clinician, ParticipantId participant, Instant at) {
    Objects.requireNonNull(clinician, "clinician == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(at, "at == null");
    return grants.values().stream()
        .filter(g -> g.clinician().equals(clinician) && g.participant().equals(participant))
        .filter(g -> g.isActiveAt(at))
        .max(Comparator.comparing(BreakGlassGrant::expiresAt));
  }

  void recordUse(BreakGlassGrant grant) {
    AtomicInteger count = uses.get(grant.id());
    if (count != null) {
      count.incrementAndGet();
    }
  }

  /**
   * How many access decisions a grant has permitted so far.
   *
   * @param grantId the grant's id; never {@code null}
   * @return the count, 0 for an unknown grant
   */
  public int usesOf(String grantId) {
    AtomicInteger count = uses.get(Objects.requireNonNull(grantId, "grantId == null"));
    return count == null ? 0 : count.get();
  }

  /**
   * Grants not yet reviewed, oldest first (whether or not they have expired).
   *
   * @return a snapshot
   */
  public List<BreakGlassGrant> pendingReview() {
    List<BreakGlassGrant> out = new ArrayList<>();
    for (BreakGlassGrant g : grants.values()) {
      if (g.reviewer().isEmpty()) {
        out.add(g);
      }
    }
    out.sort(Comparator.comparing(BreakGlassGrant::grantedAt).thenComparing(BreakGlassGrant::id));
    return out;
  }

  /**
   * Records that a reviewer has examined a grant and its uses; audited.
   *
   * @param grantId the grant; never {@code null}
   * @param reviewer who reviewed; never {@code null}
   * @return the reviewed grant
   * @throws IllegalArgumentException if there is no such grant
   * @throws IllegalStateException if it was already reviewed
   */
  public BreakGlassGrant markReviewed(String grantId, AdminId reviewer) {
    Objects.requireNonNull(grantId, "grantId == null");
    Objects.requireNonNull(reviewer, "reviewer == null");
    Instant now = clock.instant();
    BreakGlassGrant current = grants.get(grantId);
    if (current == null) {
      throw new IllegalArgumentException("no break-glass grant " + grantId);
    }
    if (current.reviewer().isPresent()) {
      throw new IllegalStateException("break-glass grant " + grantId + " is already reviewed");
    }
    audit.append(
        AuditEvent.builder(now)
            .eventType("break-glass-review")
            .action(AuditAction.EXECUTE)
            .actor(reviewer.value(), Role.PROGRAM_ADMIN.code())
            .resource("participant-record", grantId, current.participant())
            .reason("reviewed")
            .purpose(PurposeOfUse.COMPLIANCE)
            .breakGlass(true)
            .build());
    BreakGlassGrant reviewed = current.reviewed(reviewer, now);
    if (!grants.replace(grantId, current, reviewed)) {
      throw new IllegalStateException("break-glass grant " + grantId + " is already reviewed");
    }
    return reviewed;
  }

  /**
   * Configures {@link BreakGlass}; not thread-safe.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable AuditSink audit;
    private IdGenerator ids = IdGenerator.secureRandom();
    private Duration maxDuration = DEFAULT_MAX_DURATION;

    private Builder() {}

    /**
     * The clock (default: system UTC).
     *
     * @param clock never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Where grants and reviews are audited (required).
     *
     * @param audit never {@code null}
     * @return this builder
     */
    public Builder audit(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit == null");
      return this;
    }

    /**
     * The source of grant ids (default: secure random).
     *
     * @param ids never {@code null}
     * @return this builder
     */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids == null");
      return this;
    }

    /**
     * The longest grant allowed (default {@link #DEFAULT_MAX_DURATION}, at most 24 hours).
     *
     * @param maxDuration positive, at most 24 hours
     * @return this builder
     */
    public Builder maxDuration(Duration maxDuration) {
      Objects.requireNonNull(maxDuration, "maxDuration == null");
      if (maxDuration.isNegative()
          || maxDuration.isZero()
          || maxDuration.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException("maxDuration must be positive and at most 24 hours");
      }
      this.maxDuration = maxDuration;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws NullPointerException if no audit sink was set
     */
    public BreakGlass build() {
      return new BreakGlass(this);
    }
  }
}
