package org.openiop.core.privacy.access;

import java.time.Instant;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;

/**
 * Answers whether a clinician is on a participant's care team; the host supplies it from its own
 * assignments.
 *
 * <p>Contract: implementations must be safe for concurrent use, should answer fast (it is called on
 * every clinician decision) and must not throw for unknown ids (answer {@code false}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface CareTeamDirectory {
  /**
   * Whether the clinician is on the participant's care team at the instant.
   *
   * @param clinician the clinician; never {@code null}
   * @param participant the participant; never {@code null}
   * @param at the moment of the decision; never {@code null}
   * @return true if on the care team
   */
  boolean isOnCareTeam(ClinicianId clinician, ParticipantId participant, Instant at);
}
