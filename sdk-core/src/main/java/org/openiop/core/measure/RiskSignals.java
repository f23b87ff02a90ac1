package org.openiop.core.measure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;

/**
 * Raises risk signals and delivers each synchronously to the {@link EscalationPolicy} before
 * returning. Every signal carries the crisis resources for the participant's region.
 *
 * <p>Safe for concurrent use if the policy is.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RiskSignals {
  private final EscalationPolicy policy;
  private final CrisisResources crisisResources;
  private final Clock clock;
  private final IdGenerator ids;

  /**
   * Creates the service.
   *
   * @param policy where signals go
   * @param crisisResources crisis lines per region
   * @param clock the time source
   * @param ids the id source
   */
  public RiskSignals(
      EscalationPolicy policy, CrisisResources crisisResources, Clock clock, IdGenerator ids) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
    this.crisisResources = Objects.requireNonNull(crisisResources, "crisisResources == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.ids = Objects.requireNonNull(ids, "ids == null");
  }

  /**
   * Raises one signal per risk flag on a participant's score (none if it has no risk flag).
   *
   * @param participant who answered
   * @param score the score
   * @param jurisdiction where the participant is now, for crisis resources, or {@code null}
   * @return the delivered signals
   */
  public List<RiskSignal> fromScore(
      ParticipantId participant, Score score, @Nullable Jurisdiction jurisdiction) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(score, "score == null");
    List<RiskSignal> out = new ArrayList<>();
    for (RiskFlag flag : score.flags()) {
      RiskLevel level = flag.riskLevel();
      if (level != null) {
        out.add(
            raise(
                participant,
                level,
                RiskSource.INSTRUMENT,
                score.instrumentId() + ":" + flag.code(),
                null,
                true,
                jurisdiction));
      }
    }
    return out;
  }

  /**
   * Raises a signal for a positive C-SSRS screener triage.
   *
   * @param participant who was screened
   * @param screen the host-collected answers
   * @param jurisdiction where the participant is now, for crisis resources, or {@code null}
   * @return the delivered signal, or empty when the triage is negative
   */
  public Optional<RiskSignal> fromCssrs(
      ParticipantId participant, CssrsScreen screen, @Nullable Jurisdiction jurisdiction) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(screen, "screen == null");
    CssrsScreen.Triage triage = screen.triage();
    RiskLevel level = triage.riskLevel();
    if (level == null) {
      return Optional.empty();
    }
    return Optional.of(
        raise(
            participant,
            level,
            RiskSource.CSSRS_SCREEN,
            "cssrs-screen:" + triage.name().toLowerCase(java.util.Locale.ROOT),
            null,
            true,
            jurisdiction));
  }

  /**
   * Raises a signal a clinician entered.
   *
   * @param participant whom it concerns
   * @param clinician who entered it
   * @param level how urgent
   * @param triggerCode a short code for why, e.g. {@code disclosed-plan}: 1-64 of a-z 0-9 . -;
   *     never free text
   * @param jurisdiction where the participant is now, for crisis resources, or {@code null}
   * @return the delivered signal
   */
  public RiskSignal fromClinician(
      ParticipantId participant,
      ClinicianId clinician,
      RiskLevel level,
      String triggerCode,
      @Nullable Jurisdiction jurisdiction) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(clinician, "clinician == null");
    Objects.requireNonNull(level, "level == null");
    if (triggerCode == null || !triggerCode.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
      throw InvalidInputException.of("triggerCode", "must be 1-64 of a-z 0-9 . -");
    }
    return raise(
        participant,
        level,
        RiskSource.CLINICIAN,
        "clinician:" + triggerCode,
        clinician,
        false,
        jurisdiction);
  }

  private RiskSignal raise(
      ParticipantId participant,
      RiskLevel level,
      RiskSource source,
      String trigger,
      @Nullable ClinicianId by,
      boolean participantFacing,
      @Nullable Jurisdiction jurisdiction) {
    RiskSignal signal =
        new RiskSignal(
            RiskSignalId.generate(ids),
            participant,
            level,
            source,
            clock.instant(),
            trigger,
            by,
            participantFacing,
            crisisResources.forJurisdiction(jurisdiction));
    policy.escalate(signal);
    return signal;
  }
}
