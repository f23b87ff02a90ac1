package org.openiop.core.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.internal.Copies;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;

/**
 * A participant's course through a program, as an explicit state machine with its full history.
 *
 * <p>Every step records time, actor and reason ({@link EnrollmentTransition}); the history is kept,
 * and the canonical constructor refuses any history that is not a legal walk of {@link
 * EnrollmentStatus} from {@link EnrollmentStatus#REFERRED} in time order, so an enrollment in an
 * impossible state cannot exist (not even from JSON). Each step returns a new enrollment; an
 * illegal step throws {@link IllegalTransitionException} naming both states. Admission requires an
 * active {@link ConsentType#TELEHEALTH} consent and {@link ConsentType#CONFIDENTIALITY_AGREEMENT}
 * from the participant.
 *
 * <pre>{@code
 * Enrollment e = Enrollment.refer(id, participant, program, t0, "adm_intake", "GP referral")
 *     .transition(EnrollmentStatus.SCREENING, t1, "cln_1", "intake call")
 *     .admit(cohort, "weekday-evening", consents, t2, "cln_1", "meets IOP criteria")
 *     .transition(EnrollmentStatus.ACTIVE, t3, "cln_1", "first group attended");
 * }</pre>
 *
 * <p>{@code toString} shows ids and states only (reasons may be sensitive).
 *
 * @param id the enrollment's id; never {@code null}
 * @param participant the participant; never {@code null}
 * @param program the program; never {@code null}
 * @param cohort the cohort assigned at admission, or {@code null}
 * @param track the program track assigned at admission, or {@code null}
 * @param history every step, oldest first, starting with the referral; never empty
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Enrollment(
    EnrollmentId id,
    ParticipantId participant,
    ProgramId program,
    @Nullable CohortId cohort,
    @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a track key")
        String track,
    @Size(max = 10_000) List<@Valid EnrollmentTransition> history) {

  /** The consents admission requires. */
  public static final Set<ConsentType> ADMISSION_CONSENTS =
      java.util.Collections.unmodifiableSet(
          EnumSet.of(ConsentType.TELEHEALTH, ConsentType.CONFIDENTIALITY_AGREEMENT));

  /** Checks presence and that the history is a legal, time-ordered walk from REFERRED. */
  public Enrollment {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(program, "program == null");
    history = Copies.list(history);
    if (history.isEmpty()) {
      throw InvalidInputException.of("history", "must start with the referral");
    }
    EnrollmentTransition first = history.get(0);
    if (first.from() != null || first.to() != EnrollmentStatus.REFERRED) {
      throw InvalidInputException.of("history[0]", "must be the referral (from none to REFERRED)");
    }
    for (int i = 1; i < history.size(); i++) {
      EnrollmentTransition prev = history.get(i - 1);
      EnrollmentTransition step = history.get(i);
      if (step.from() != prev.to()) {
        throw InvalidInputException.of("history[" + i + "].from", "must be the previous state");
      }
      if (!prev.to().canGoTo(step.to())) {
        throw InvalidInputException.of(
            "history[" + i + "].to", "is not allowed after " + prev.to());
      }
      if (step.at().isBefore(prev.at())) {
        throw InvalidInputException.of("history[" + i + "].at", "must not be before the previous");
      }
    }
    boolean admitted = history.stream().anyMatch(t -> t.to() == EnrollmentStatus.ADMITTED);
    if (!admitted && (cohort != null || track != null)) {
      throw InvalidInputException.of("cohort", "must be empty until admission");
    }
  }

  /**
   * Starts an enrollment with a referral.
   *
   * @param id the new enrollment's id; never {@code null}
   * @param participant the participant; never {@code null}
   * @param program the program; never {@code null}
   * @param at when; never {@code null}
   * @param actor the id of who referred or recorded the referral; never {@code null}
   * @param reason why, without clinical detail; never {@code null}
   * @return the enrollment, {@link EnrollmentStatus#REFERRED}
   */
  public static Enrollment refer(
      EnrollmentId id,
      ParticipantId participant,
      ProgramId program,
      Instant at,
      String actor,
      String reason) {
    return new Enrollment(
        id,
        participant,
        program,
        null,
        null,
        List.of(new EnrollmentTransition(null, EnrollmentStatus.REFERRED, at, actor, reason)));
  }

  /**
   * The current state: the last step's target.
   *
   * @return never {@code null}
   */
  public EnrollmentStatus status() {
    return history.get(history.size() - 1).to();
  }

  /**
   * When the current state was entered.
   *
   * @return never {@code null}
   */
  public Instant since() {
    return history.get(history.size() - 1).at();
  }

  /**
   * Moves to a new state. Use {@link #admit} for {@link EnrollmentStatus#ADMITTED}.
   *
   * @param to the new state; never {@code null}
   * @param at when, not before the last step; never {@code null}
   * @param actor the id of who made the change; never {@code null}
   * @param reason why, 1-500 characters, without clinical detail; never {@code null}
   * @return the new enrollment; this one is unchanged
   * @throws IllegalTransitionException if {@code to} may not follow the current state
   * @throws IllegalArgumentException if {@code to} is ADMITTED (use {@link #admit})
   * @throws InvalidInputException if {@code at} is before the last step or the actor or reason is
   *     malformed
   */
  public Enrollment transition(EnrollmentStatus to, Instant at, String actor, String reason) {
    Objects.requireNonNull(to, "to == null");
    if (to == EnrollmentStatus.ADMITTED) {
      throw new IllegalArgumentException("use admit(...) to admit: it checks consents");
    }
    return step(to, at, actor, reason, cohort, track);
  }

  /**
   * The admission consents that are not active for this participant at {@code at}. Only the latest
   * version of each consent id counts, so a revocation is honoured even when older versions are
   * passed too.
   *
   * @param consents the participant's consents (others are ignored); never {@code null}
   * @param at the moment of admission; never {@code null}
   * @return the missing types, empty if admission may proceed
   */
  public Set<ConsentType> missingAdmissionConsents(Collection<Consent> consents, Instant at) {
    Objects.requireNonNull(consents, "consents == null");
    Objects.requireNonNull(at, "at == null");
    Map<ConsentId, Consent> latest = new HashMap<>();
    for (Consent c : consents) {
      Objects.requireNonNull(c, "consent == null");
      latest.merge(c.id(), c, (a, b) -> a.version() >= b.version() ? a : b);
    }
    Set<ConsentType> missing = EnumSet.copyOf(ADMISSION_CONSENTS);
    for (Consent c : latest.values()) {
      if (participant.equals(c.participant()) && c.isActiveAt(at)) {
        missing.remove(c.type());
      }
    }
    return java.util.Collections.unmodifiableSet(missing);
  }

  /**
   * Admits the participant to a cohort and track, after screening.
   *
   * @param cohort the cohort, or {@code null} if none yet
   * @param track the program track key, or {@code null}
   * @param consents the participant's consents; must include an active telehealth consent and
   *     confidentiality agreement at {@code at}; never {@code null}
   * @param at when; never {@code null}
   * @param actor the id of who admitted; never {@code null}
   * @param reason why; never {@code null}
   * @return the admitted enrollment
   * @throws IllegalTransitionException if not in SCREENING
   * @throws InvalidInputException if {@code at} is before the last step or the actor or reason is
   *     malformed
   * @throws IllegalStateException naming the missing consent types
   */
  public Enrollment admit(
      @Nullable CohortId cohort,
      @Nullable String track,
      Collection<Consent> consents,
      Instant at,
      String actor,
      String reason) {
    if (!status().canGoTo(EnrollmentStatus.ADMITTED)) {
      throw new IllegalTransitionException(id, status(), EnrollmentStatus.ADMITTED);
    }
    Objects.requireNonNull(at, "at == null");
    if (at.isBefore(since())) {
      throw InvalidInputException.of("at", "must not be before the last transition");
    }
    Set<ConsentType> missing = missingAdmissionConsents(consents, at);
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "enrollment "
              + id
              + " cannot be admitted without active consents: "
              + missing.stream().map(Enum::name).collect(Collectors.joining(", ")));
    }
    return step(EnrollmentStatus.ADMITTED, at, actor, reason, cohort, track);
  }

  private Enrollment step(
      EnrollmentStatus to,
      Instant at,
      String actor,
      String reason,
      @Nullable CohortId newCohort,
      @Nullable String newTrack) {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(actor, "actor == null");
    Objects.requireNonNull(reason, "reason == null");
    EnrollmentStatus from = status();
    if (!from.canGoTo(to)) {
      throw new IllegalTransitionException(id, from, to);
    }
    if (at.isBefore(since())) {
      throw InvalidInputException.of("at", "must not be before the last transition");
    }
    if (reason.isBlank() || reason.length() > 500) {
      throw InvalidInputException.of("reason", "must be 1-500 characters and not blank");
    }
    List<EnrollmentTransition> next = new ArrayList<>(history);
    next.add(new EnrollmentTransition(from, to, at, actor, reason));
    return new Enrollment(id, participant, program, newCohort, newTrack, next);
  }

  @Override
  public String toString() {
    return "Enrollment[id="
        + id
        + ", participant="
        + participant
        + ", program="
        + program
        + ", cohort="
        + cohort
        + ", status="
        + status()
        + ", steps="
        + history.size()
        + "]";
  }
}
