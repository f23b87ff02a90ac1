package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;

/**
 * The cohort-placement core of a planning request, reduced to numbers: for each participant, the
 * cohorts whose group sessions they may attend and the first week they could join each; for each
 * cohort, its seats and program length. Seats are not yet allocated. It exists so that other
 * solvers can be compared with the {@link Planner} on exactly the same problem.
 *
 * @param horizonStart the Monday of week 0; never {@code null}
 * @param weeks the number of weeks
 * @param cohorts the cohorts, indexed by {@link Option#cohort()}; never {@code null}
 * @param candidates one per referral, in referral order; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlacementProblem(
    LocalDate horizonStart, int weeks, List<Seats> cohorts, List<Candidate> candidates) {

  /** Copies the lists. */
  public PlacementProblem {
    Objects.requireNonNull(horizonStart, "horizonStart == null");
    cohorts = List.copyOf(Objects.requireNonNull(cohorts, "cohorts == null"));
    candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates == null"));
  }

  /**
   * A cohort's seats.
   *
   * @param cohort the cohort; never {@code null}
   * @param capacity participants at once: the smaller of cohort capacity and maximum group size
   * @param lengthWeeks weeks a participant stays
   * @param occupied seats already taken per week (existing members); never {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Seats(CohortId cohort, int capacity, int lengthWeeks, List<Integer> occupied) {
    /** Copies the list. */
    public Seats {
      Objects.requireNonNull(cohort, "cohort == null");
      occupied = List.copyOf(Objects.requireNonNull(occupied, "occupied == null"));
    }
  }

  /**
   * A participant and where they could go.
   *
   * @param participant who; never {@code null}
   * @param earliestStart their earliest start; never {@code null}
   * @param options feasible cohorts with the first week each could take them; never {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Candidate(
      ParticipantId participant, LocalDate earliestStart, List<Option> options) {
    /** Copies the list. */
    public Candidate {
      Objects.requireNonNull(participant, "participant == null");
      Objects.requireNonNull(earliestStart, "earliestStart == null");
      options = List.copyOf(Objects.requireNonNull(options, "options == null"));
    }
  }

  /**
   * One feasible cohort for a participant.
   *
   * @param cohort index into {@link PlacementProblem#cohorts()}
   * @param firstWeek the first week (from 0) the participant could join, capacity aside
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Option(int cohort, int firstWeek) {}
}
