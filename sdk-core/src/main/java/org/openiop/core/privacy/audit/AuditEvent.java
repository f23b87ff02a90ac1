package org.openiop.core.privacy.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.Violation;
import org.openiop.core.internal.IdRules;

/**
 * One audited decision or access: who did what to which record, when, why and with what outcome.
 *
 * <p>An event holds identifiers and codes only, never PHI content: every text field must match the
 * code syntax ({@code [a-z0-9][a-z0-9._-]{0,63}}) or the typed-id syntax, so free text (a name, a
 * note, an answer) cannot be put into the audit trail by construction. The fields map onto FHIR R4
 * {@code AuditEvent} as described in {@code docs/privacy-and-audit.md}: {@code time} to {@code
 * recorded}, {@code eventType} to {@code subtype}, {@code action} and {@code outcome} to the
 * elements of the same name, {@code actorId}/{@code actorRole} to {@code agent.who}/{@code
 * agent.role}, {@code purpose} to {@code purposeOfEvent}, {@code resourceType}/{@code
 * resourceId}/{@code participantId} to {@code entity.what}/{@code entity.type}, {@code reason} to
 * {@code outcomeDesc} (as a code) and {@code breakGlass} to a security label.
 *
 * @param time when it happened; never {@code null}
 * @param eventType what kind of event, a code such as {@code access-decision}; never {@code null}
 * @param action the FHIR action; never {@code null}
 * @param actorId the typed id of the user or system that acted; never {@code null}
 * @param actorRole the actor's role, a code such as {@code clinician}; never {@code null}
 * @param resourceType the kind of record, a code such as {@code progress-note}; never {@code null}
 * @param resourceId the record's id, or {@code null} for a whole category
 * @param participantId whose record it is, or {@code null} when it belongs to no participant
 * @param outcome how it ended; never {@code null}
 * @param reason why, as a code such as {@code not-on-care-team}; never {@code null}
 * @param purpose the purpose of use; never {@code null}
 * @param breakGlass whether emergency (break-glass) access was used
 * @param requestId the client's request or correlation id, or {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AuditEvent(
    Instant time,
    String eventType,
    AuditAction action,
    String actorId,
    String actorRole,
    String resourceType,
    @Nullable String resourceId,
    @Nullable ParticipantId participantId,
    AuditOutcome outcome,
    String reason,
    PurposeOfUse purpose,
    boolean breakGlass,
    @Nullable String requestId) {

  /** The syntax of every code field: lower-case letters, digits and {@code . _ -}. */
  public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  /** Event types the file sink writes itself; an {@link AuditEvent} may not use them. */
  static final Set<String> RESERVED_TYPES = Set.of("checkpoint", "recovery");

  /** Checks that every field is present and is a code or an id, never free text. */
  public AuditEvent {
    Objects.requireNonNull(time, "time == null");
    Objects.requireNonNull(action, "action == null");
    Objects.requireNonNull(outcome, "outcome == null");
    Objects.requireNonNull(purpose, "purpose == null");
    List<Violation> violations = new ArrayList<>();
    code(violations, "eventType", eventType);
    if (eventType != null && RESERVED_TYPES.contains(eventType)) {
      violations.add(new Violation("eventType", "is reserved for the audit log itself"));
    }
    id(violations, "actorId", actorId, false);
    code(violations, "actorRole", actorRole);
    code(violations, "resourceType", resourceType);
    id(violations, "resourceId", resourceId, true);
    code(violations, "reason", reason);
    id(violations, "requestId", requestId, true);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private static void code(List<Violation> violations, String path, @Nullable String value) {
    if (value == null) {
      violations.add(new Violation(path, "must not be null"));
    } else if (!CODE.matcher(value).matches()) {
      violations.add(
          new Violation(path, "must be a code of 1-64 lower-case letters, digits and . _ -"));
    }
  }

  private static void id(
      List<Violation> violations, String path, @Nullable String value, boolean optional) {
    if (value == null) {
      if (!optional) {
        violations.add(new Violation(path, "must not be null"));
      }
    } else if (!IdRules.isValid(value)) {
      violations.add(
          new Violation(
              path,
              "must be 1-64 characters of letters, digits and . _ : -, starting with a letter or"
                  + " digit"));
    }
  }

  /**
   * Starts an event with the given time; every other field except the nullable ones must be set.
   *
   * @param time when it happened; never {@code null}
   * @return a new builder
   */
  public static Builder builder(Instant time) {
    return new Builder(Objects.requireNonNull(time, "time == null"));
  }

  /**
   * Builds an {@link AuditEvent}; not thread-safe, validation happens in {@link #build()}.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final Instant time;
    private @Nullable String eventType;
    private @Nullable AuditAction action;
    private @Nullable String actorId;
    private @Nullable String actorRole;
    private @Nullable String resourceType;
    private @Nullable String resourceId;
    private @Nullable ParticipantId participantId;
    private AuditOutcome outcome = AuditOutcome.SUCCESS;
    private @Nullable String reason;
    private PurposeOfUse purpose = PurposeOfUse.TREATMENT;
    private boolean breakGlass;
    private @Nullable String requestId;

    private Builder(Instant time) {
      this.time = time;
    }

    /**
     * Sets the event type code.
     *
     * @param eventType a code such as {@code access-decision}
     * @return this builder
     */
    public Builder eventType(String eventType) {
      this.eventType = eventType;
      return this;
    }

    /**
     * Sets the action.
     *
     * @param action the FHIR action
     * @return this builder
     */
    public Builder action(AuditAction action) {
      this.action = action;
      return this;
    }

    /**
     * Sets the actor.
     *
     * @param actorId the actor's typed id value
     * @param actorRole the actor's role code
     * @return this builder
     */
    public Builder actor(String actorId, String actorRole) {
      this.actorId = actorId;
      this.actorRole = actorRole;
      return this;
    }

    /**
     * Sets the record.
     *
     * @param resourceType the record kind code
     * @param resourceId the record id, or {@code null}
     * @param participantId whose record it is, or {@code null}
     * @return this builder
     */
    public Builder resource(
        String resourceType, @Nullable String resourceId, @Nullable ParticipantId participantId) {
      this.resourceType = resourceType;
      this.resourceId = resourceId;
      this.participantId = participantId;
      return this;
    }

    /**
     * Sets the outcome (default {@link AuditOutcome#SUCCESS}).
     *
     * @param outcome the outcome
     * @return this builder
     */
    public Builder outcome(AuditOutcome outcome) {
      this.outcome = Objects.requireNonNull(outcome, "outcome == null");
      return this;
    }

    /**
     * Sets the reason code.
     *
     * @param reason a code such as {@code care-team-member}
     * @return this builder
     */
    public Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    /**
     * Sets the purpose of use (default {@link PurposeOfUse#TREATMENT}).
     *
     * @param purpose the purpose
     * @return this builder
     */
    public Builder purpose(PurposeOfUse purpose) {
      this.purpose = Objects.requireNonNull(purpose, "purpose == null");
      return this;
    }

    /**
     * Flags the event as emergency (break-glass) access.
     *
     * @param breakGlass whether break-glass access was used
     * @return this builder
     */
    public Builder breakGlass(boolean breakGlass) {
      this.breakGlass = breakGlass;
      return this;
    }

    /**
     * Sets the client's request id.
     *
     * @param requestId an id, or {@code null}
     * @return this builder
     */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /**
     * Validates and builds the event.
     *
     * @return the event
     * @throws InvalidInputException if a field is missing or not a code/id
     * @throws NullPointerException if the action is missing
     */
    public AuditEvent build() {
      return new AuditEvent(
          time,
          eventType,
          Objects.requireNonNull(action, "action == null"),
          actorId,
          actorRole,
          resourceType,
          resourceId,
          participantId,
          outcome,
          reason,
          purpose,
          breakGlass,
          requestId);
    }
  }
}
