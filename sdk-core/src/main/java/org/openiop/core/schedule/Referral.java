package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;

/**
 * A participant waiting to be placed: when they can start and when they can attend. Their zone and
 * location come from the participant's record in the directory.
 *
 * @param participant the participant; never {@code null}
 * @param earliestStart the first date they can start; never {@code null}
 * @param availability when they can attend, in their own zone; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Referral(
    ParticipantId participant, LocalDate earliestStart, Availability availability) {
  /** Checks the parts. */
  public Referral {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(earliestStart, "earliestStart == null");
    Objects.requireNonNull(availability, "availability == null");
  }
}
