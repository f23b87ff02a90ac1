package org.openiop.core.program;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;

/**
 * A participant's time in a cohort under rolling admission.
 *
 * @param participant the member; never {@code null}
 * @param joined first day in the cohort; never {@code null}
 * @param left last day in the cohort, or {@code null} while still a member
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CohortMembership(
    ParticipantId participant, LocalDate joined, @Nullable LocalDate left) {

  /** Checks presence and order. */
  public CohortMembership {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(joined, "joined == null");
    if (left != null && left.isBefore(joined)) {
      throw InvalidInputException.of("left", "must not be before joined");
    }
  }

  /**
   * Whether the participant is a member on a day.
   *
   * @param date the day; never {@code null}
   * @return true if {@code joined <= date <= left}
   */
  public boolean isMemberOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    return !date.isBefore(joined) && (left == null || !date.isAfter(left));
  }
}
