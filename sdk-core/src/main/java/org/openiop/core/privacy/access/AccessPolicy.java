package org.openiop.core.privacy.access;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.access.Principal.AdminUser;
import org.openiop.core.privacy.access.Principal.AuditorUser;
import org.openiop.core.privacy.access.Principal.ClinicianUser;
import org.openiop.core.privacy.access.Principal.ParticipantUser;
import org.openiop.core.privacy.access.Principal.SupportPersonUser;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditOutcome;
import org.openiop.core.privacy.audit.AuditSink;
import org.openiop.core.privacy.audit.PurposeOfUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides every access to PHI through OpenIOP and audits the decision.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Participants</b> read their own record and send messages, except psychotherapy notes (45
 *       CFR 164.524(a)(1)(i); the Cures Act information-blocking rules keep this exception). Their
 *       own access is not a disclosure, so 42 CFR Part 2 does not apply to it.
 *   <li><b>Support persons</b> read only what the categories of an active family release naming
 *       them cover (schedule, attendance, plans, progress measures); never notes or messages.
 *   <li><b>Clinicians</b> read and write the records of participants on their care team; others
 *       only with an active {@link BreakGlass} grant (read only, flagged). Psychotherapy notes are
 *       open to their author alone (45 CFR 164.508(a)(2)), never through break-glass.
 *   <li><b>Program admins</b> see schedules and attendance, no clinical content (minimum necessary,
 *       45 CFR 164.502(b)), unless the host opens named kinds with {@link Builder#adminMayAccess}.
 *   <li><b>Auditors</b> read the audit log and nothing else; nobody writes it through the policy.
 *   <li><b>42 CFR Part 2</b>: a record flagged as a substance use disorder record is disclosed to
 *       anyone but the participant only under an active Part 2 consent that covers the recipient
 *       ({@link Part2RecipientCheck}), or through break-glass (medical emergency, 42 CFR 2.51). If
 *       the host is itself the Part 2 program, {@link Builder#part2ProgramInternalUse} lets its
 *       care-team clinicians use the records without consent (42 CFR 2.12(c)(3)).
 * </ul>
 *
 * <h2>Audit</h2>
 *
 * <p>Every call of {@link #decide} appends one {@code access-decision} event (actor, role, action,
 * resource, participant, outcome, reason code, purpose, break-glass flag, request id) before it
 * returns. If the event cannot be recorded, {@code decide} throws {@link
 * org.openiop.core.privacy.audit.AuditFailureException} and returns no decision: access fails
 * closed. A permitted {@link Action#READ} by anyone but the participant is what the accounting of
 * disclosures lists.
 *
 * <p>Thread-safe.
 *
 * <pre>{@code
 * AccessPolicy policy = AccessPolicy.builder()
 *     .clock(clock).audit(sink).careTeam(careTeam).consents(consents).breakGlass(breakGlass)
 *     .build();
 * Decision d = policy.decide(Principal.clinician(me), Action.READ, Resource.of(note));
 * if (!d.permitted()) { ... }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AccessPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  private final Clock clock;
  private final AuditSink audit;
  private final CareTeamDirectory careTeam;
  private final ConsentDirectory consents;
  private final @Nullable BreakGlass breakGlass;
  private final Part2RecipientCheck part2Recipients;
  private final boolean part2InternalUse;
  private final Set<ResourceType> adminTypes;

  private AccessPolicy(Builder b) {
    this.clock = b.clock;
    this.audit = Objects.requireNonNull(b.audit, "audit sink is required");
    this.careTeam = Objects.requireNonNull(b.careTeam, "care team directory is required");
    this.consents = Objects.requireNonNull(b.consents, "consent directory is required");
    this.breakGlass = b.breakGlass;
    this.part2Recipients = b.part2Recipients;
    this.part2InternalUse = b.part2InternalUse;
    this.adminTypes = Set.copyOf(b.adminTypes);
  }

  /**
   * Starts configuring a policy.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Decides and audits one access.
   *
   * @param principal who asks; never {@code null}
   * @param action what they want to do; never {@code null}
   * @param resource what they want; never {@code null}
   * @return the decision with its reason
   * @throws org.openiop.core.privacy.audit.AuditFailureException if the decision cannot be audited
   */
  public Decision decide(Principal principal, Action action, Resource resource) {
    return decide(principal, action, resource, null);
  }

  /**
   * Decides and audits one access, recording the client's request id.
   *
   * @param principal who asks; never {@code null}
   * @param action what they want to do; never {@code null}
   * @param resource what they want; never {@code null}
   * @param requestId the client's request or correlation id, or {@code null}
   * @return the decision with its reason
   * @throws org.openiop.core.privacy.audit.AuditFailureException if the decision cannot be audited
   * @throws org.openiop.core.InvalidInputException if the request id is not an id
   */
  public Decision decide(
      Principal principal, Action action, Resource resource, @Nullable String requestId) {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(resource, "resource == null");
    Instant now = clock.instant();
    Decision d = evaluate(principal, action, resource, now);
    audit.append(
        AuditEvent.builder(now)
            .eventType("access-decision")
            .action(action.auditAction())
            .actor(principal.id().value(), principal.role().code())
            .resource(resource.type().code(), resource.id(), resource.participant())
            .outcome(d.permitted() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED)
            .reason(d.reason().code())
            .purpose(d.purpose())
            .breakGlass(d.breakGlass())
            .requestId(requestId)
            .build());
    if (d.breakGlass()) {
      LOG.warn(
          "break-glass access: {} {} {} {} of participant {}",
          principal.id(),
          action,
          resource.type().code(),
          resource.id(),
          resource.participant());
    } else {
      LOG.debug(
          "access {}: {} {} {} {} of participant {} ({})",
          d.permitted() ? "permitted" : "denied",
          principal.id(),
          action,
          resource.type().code(),
          resource.id(),
          resource.participant(),
          d.reason().code());
    }
    return d;
  }

  private Decision evaluate(Principal principal, Action action, Resource r, Instant now) {
    if (r.type() == ResourceType.AUDIT_LOG) {
      return principal instanceof AuditorUser && action == Action.READ
          ? Decision.permit(DecisionReason.AUDITOR_AUDIT_LOG, PurposeOfUse.COMPLIANCE)
          : Decision.deny(DecisionReason.AUDIT_LOG_AUDITORS_ONLY, PurposeOfUse.COMPLIANCE);
    }
    ParticipantId owner = Objects.requireNonNull(r.participant());
    if (principal instanceof ParticipantUser p) {
      return forParticipant(p, action, r, owner);
    }
    if (principal instanceof SupportPersonUser s) {
      return forSupportPerson(s, action, r, owner, now);
    }
    if (principal instanceof ClinicianUser c) {
      return forClinician(c, action, r, owner, now);
    }
    if (principal instanceof AdminUser a) {
      return forAdmin(a, r, owner, now);
    }
    return Decision.deny(DecisionReason.AUDITOR_AUDIT_LOG_ONLY, PurposeOfUse.COMPLIANCE);
  }

  private static Decision forParticipant(
      ParticipantUser p, Action action, Resource r, ParticipantId owner) {
    PurposeOfUse purpose = PurposeOfUse.PATIENT_REQUEST;
    if (!p.id().equals(owner)) {
      return Decision.deny(DecisionReason.NOT_OWN_RECORD, purpose);
    }
    if (r.type() == ResourceType.PSYCHOTHERAPY_NOTE) {
      return Decision.deny(DecisionReason.PSYCHOTHERAPY_NOTES_EXCLUDED, purpose);
    }
    if (action != Action.READ && !(action == Action.CREATE && r.type() == ResourceType.MESSAGES)) {
      return Decision.deny(DecisionReason.READ_ONLY, purpose);
    }
    return Decision.permit(DecisionReason.OWN_RECORD, purpose);
  }

  private Decision forSupportPerson(
      SupportPersonUser s, Action action, Resource r, ParticipantId owner, Instant now) {
    PurposeOfUse purpose = PurposeOfUse.FAMILY_REQUEST;
    if (action != Action.READ) {
      return Decision.deny(DecisionReason.READ_ONLY, purpose);
    }
    ReleaseCategory category = r.type().releaseCategory();
    if (category == null) {
      return Decision.deny(DecisionReason.NOT_RELEASABLE_TO_FAMILY, purpose);
    }
    List<Consent> active = activeConsents(owner, now);
    boolean named = false;
    boolean covered = false;
    for (Consent c : active) {
      FamilyRelease release = c.familyRelease();
      if (c.type() == ConsentType.FAMILY_RELEASE
          && release != null
          && release.recipient().equals(s.id())) {
        named = true;
        covered |= release.covers(category);
      }
    }
    if (!named) {
      return Decision.deny(DecisionReason.NO_ACTIVE_FAMILY_RELEASE, purpose);
    }
    if (!covered) {
      return Decision.deny(DecisionReason.CATEGORY_NOT_RELEASED, purpose);
    }
    if (r.substanceUseRecord() && !part2ConsentCovers(active, s)) {
      return Decision.deny(DecisionReason.PART2_CONSENT_REQUIRED, purpose);
    }
    return Decision.permit(DecisionReason.FAMILY_RELEASE, purpose);
  }

  private Decision forClinician(
      ClinicianUser c, Action action, Resource r, ParticipantId owner, Instant now) {
    PurposeOfUse purpose = PurposeOfUse.TREATMENT;
    if (r.type() == ResourceType.PSYCHOTHERAPY_NOTE) {
      return c.id().equals(r.author())
          ? Decision.permit(DecisionReason.PSYCHOTHERAPY_NOTE_AUTHOR, purpose)
          : Decision.deny(DecisionReason.NOT_PSYCHOTHERAPY_NOTE_AUTHOR, purpose);
    }
    if (careTeam.isOnCareTeam(c.id(), owner, now)) {
      if (r.substanceUseRecord()
          && !part2InternalUse
          && !part2ConsentCovers(activeConsents(owner, now), c)) {
        return Decision.deny(DecisionReason.PART2_CONSENT_REQUIRED, purpose);
      }
      return Decision.permit(DecisionReason.CARE_TEAM_MEMBER, purpose);
    }
    if (breakGlass != null && action == Action.READ) {
      Optional<BreakGlassGrant> grant = breakGlass.activeGrant(c.id(), owner, now);
      if (grant.isPresent()) {
        breakGlass.recordUse(grant.get());
        return new Decision(
            true, DecisionReason.BREAK_GLASS, PurposeOfUse.EMERGENCY_TREATMENT, true);
      }
    }
    return Decision.deny(DecisionReason.NOT_ON_CARE_TEAM, purpose);
  }

  private Decision forAdmin(AdminUser a, Resource r, ParticipantId owner, Instant now) {
    PurposeOfUse purpose = PurposeOfUse.OPERATIONS;
    boolean allowed = !r.type().clinical() || adminTypes.contains(r.type());
    if (!allowed || r.type() == ResourceType.PSYCHOTHERAPY_NOTE) {
      return Decision.deny(DecisionReason.MINIMUM_NECESSARY, purpose);
    }
    if (r.substanceUseRecord()
        && !part2InternalUse
        && !part2ConsentCovers(activeConsents(owner, now), a)) {
      return Decision.deny(DecisionReason.PART2_CONSENT_REQUIRED, purpose);
    }
    return Decision.permit(DecisionReason.ADMIN_OPERATIONS, purpose);
  }

  private boolean part2ConsentCovers(List<Consent> active, Principal recipient) {
    for (Consent c : active) {
      if (c.type() == ConsentType.PART2_DISCLOSURE && part2Recipients.covers(c, recipient)) {
        return true;
      }
    }
    return false;
  }

  /** The latest version of each consent, kept if active at the instant. */
  private List<Consent> activeConsents(ParticipantId participant, Instant now) {
    List<Consent> all = consents.consentsOf(participant);
    Map<ConsentId, Consent> latest = new HashMap<>();
    for (Consent c : all) {
      if (!participant.equals(c.participant())) {
        continue;
      }
      latest.merge(c.id(), c, (x, y) -> x.version() >= y.version() ? x : y);
    }
    return latest.values().stream().filter(c -> c.isActiveAt(now)).toList();
  }

  /**
   * Configures an {@link AccessPolicy}; not thread-safe.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private @Nullable AuditSink audit;
    private @Nullable CareTeamDirectory careTeam;
    private @Nullable ConsentDirectory consents;
    private @Nullable BreakGlass breakGlass;
    private Part2RecipientCheck part2Recipients = Part2RecipientCheck.CLINICIANS_ONLY;
    private boolean part2InternalUse;
    private final Set<ResourceType> adminTypes = EnumSet.noneOf(ResourceType.class);

    private Builder() {}

    /**
     * The clock that times decisions and consents (default: system UTC).
     *
     * @param clock never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Where decisions are audited (required).
     *
     * @param audit never {@code null}
     * @return this builder
     */
    public Builder audit(AuditSink audit) {
      this.audit = Objects.requireNonNull(audit, "audit == null");
      return this;
    }

    /**
     * The care-team assignments (required).
     *
     * @param careTeam never {@code null}
     * @return this builder
     */
    public Builder careTeam(CareTeamDirectory careTeam) {
      this.careTeam = Objects.requireNonNull(careTeam, "careTeam == null");
      return this;
    }

    /**
     * The consents (required).
     *
     * @param consents never {@code null}
     * @return this builder
     */
    public Builder consents(ConsentDirectory consents) {
      this.consents = Objects.requireNonNull(consents, "consents == null");
      return this;
    }

    /**
     * Enables break-glass access through the given service (default: none).
     *
     * @param breakGlass never {@code null}
     * @return this builder
     */
    public Builder breakGlass(BreakGlass breakGlass) {
      this.breakGlass = Objects.requireNonNull(breakGlass, "breakGlass == null");
      return this;
    }

    /**
     * Who a Part 2 consent covers (default {@link Part2RecipientCheck#CLINICIANS_ONLY}).
     *
     * @param check never {@code null}
     * @return this builder
     */
    public Builder part2Recipients(Part2RecipientCheck check) {
      this.part2Recipients = Objects.requireNonNull(check, "check == null");
      return this;
    }

    /**
     * Declares that the host is itself the Part 2 program, so its care-team clinicians and admins
     * use Part 2 records without a consent (42 CFR 2.12(c)(3)); default {@code false}.
     *
     * @param internalUse whether the internal-communications exception applies
     * @return this builder
     */
    public Builder part2ProgramInternalUse(boolean internalUse) {
      this.part2InternalUse = internalUse;
      return this;
    }

    /**
     * Opens clinical kinds to program admins, for hosts whose admins need them (minimum necessary
     * is then the host's policy). Psychotherapy notes cannot be opened.
     *
     * @param types the kinds; never {@code null}
     * @return this builder
     */
    public Builder adminMayAccess(ResourceType... types) {
      for (ResourceType t : Objects.requireNonNull(types, "types == null")) {
        if (t == ResourceType.PSYCHOTHERAPY_NOTE || t == ResourceType.AUDIT_LOG) {
          throw new IllegalArgumentException(t + " cannot be opened to admins");
        }
        adminTypes.add(t);
      }
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws NullPointerException if the audit sink, care team or consents are missing
     */
    public AccessPolicy build() {
      return new AccessPolicy(this);
    }
  }
}
