package org.openiop.benchmarks.schedule.peer;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Timefold planning solution: seats, weeks and the free seats per cohort and week. */
@PlanningSolution
public class PlacementSolution {
  @PlanningEntityCollectionProperty private List<Seat> seats = List.of();
  @ProblemFactCollectionProperty private List<Week> weeks = List.of();
  @ProblemFactProperty private @Nullable FreeSeats freeSeats;
  @PlanningScore private @Nullable HardSoftLongScore score;

  /** For Timefold. */
  public PlacementSolution() {}

  /**
   * A problem.
   *
   * @param seats one per participant
   * @param weeks the weeks
   * @param freeSeats free seats per cohort and week
   */
  public PlacementSolution(List<Seat> seats, List<Week> weeks, FreeSeats freeSeats) {
    this.seats = seats;
    this.weeks = weeks;
    this.freeSeats = freeSeats;
  }

  /**
   * The seats.
   *
   * @return the seats
   */
  public List<Seat> getSeats() {
    return seats;
  }

  /**
   * The score.
   *
   * @return the score, null before solving
   */
  public @Nullable HardSoftLongScore getScore() {
    return score;
  }
}
