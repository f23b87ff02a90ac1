package org.openiop.core.measure;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;

/**
 * A risk finding that a human must see now: from a risk flag on a score (PHQ-9 item 9), a positive
 * C-SSRS screener triage, or a clinician's entry. Delivered synchronously to the {@link
 * EscalationPolicy}.
 *
 * <p>It is PHI: {@code toString} shows ids only.
 *
 * @param id the signal's id
 * @param participant whom it concerns
 * @param level how urgent
 * @param source where it came from
 * @param raisedAt when it was raised
 * @param trigger a stable code of what triggered it, e.g. {@code phq-9:self-harm-thoughts}; never
 *     an answer or free text
 * @param raisedBy the clinician who entered it, for {@link RiskSource#CLINICIAN}; else {@code null}
 * @param participantFacing whether the participant produced it (and sees a response to it)
 * @param crisisResources crisis lines for the participant's region; never empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RiskSignal(
    RiskSignalId id,
    ParticipantId participant,
    RiskLevel level,
    RiskSource source,
    Instant raisedAt,
    String trigger,
    @Nullable ClinicianId raisedBy,
    boolean participantFacing,
    List<CrisisResource> crisisResources) {

  /** Checks presence and copies the list. */
  public RiskSignal {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(level, "level == null");
    Objects.requireNonNull(source, "source == null");
    Objects.requireNonNull(raisedAt, "raisedAt == null");
    Objects.requireNonNull(trigger, "trigger == null");
    crisisResources = List.copyOf(crisisResources);
    if (crisisResources.isEmpty()) {
      throw new IllegalArgumentException("crisisResources is empty");
    }
  }

  @Override
  public String toString() {
    return "RiskSignal[id=" + id + ", participant=" + participant + ", (redacted)]";
  }
}
