package org.openiop.benchmarks.schedule.peer;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.openiop.core.schedule.PlacementProblem;

/** Solves a {@link PlacementProblem} with Timefold Solver 1.32 and counts what it placed. */
public final class TimefoldPlacement {
  private TimefoldPlacement() {}

  /**
   * What Timefold produced.
   *
   * @param placed participants placed without breaking capacity
   * @param daysWaiting total days waiting of those placed
   * @param feasible whether the best solution breaks no hard constraint
   */
  public record Outcome(int placed, long daysWaiting, boolean feasible) {}

  /**
   * Builds the Timefold problem from the planner's placement problem.
   *
   * @param problem the problem
   * @return the unsolved solution
   */
  public static PlacementSolution toSolution(PlacementProblem problem) {
    List<Seat> seats = new ArrayList<>();
    for (int i = 0; i < problem.candidates().size(); i++) {
      PlacementProblem.Candidate c = problem.candidates().get(i);
      List<SeatChoice> options = new ArrayList<>();
      for (PlacementProblem.Option o : c.options()) {
        int length = problem.cohorts().get(o.cohort()).lengthWeeks();
        for (int w = o.firstWeek(); w < problem.weeks(); w++) {
          long wait =
              Math.max(
                  0,
                  ChronoUnit.DAYS.between(c.earliestStart(), problem.horizonStart().plusWeeks(w)));
          options.add(new SeatChoice(o.cohort(), w, length, wait));
        }
      }
      seats.add(new Seat(i, options));
    }
    List<Week> weeks = new ArrayList<>();
    for (int w = 0; w < problem.weeks(); w++) {
      weeks.add(new Week(w));
    }
    int[][] free = new int[problem.cohorts().size()][problem.weeks()];
    for (int c = 0; c < free.length; c++) {
      PlacementProblem.Seats s = problem.cohorts().get(c);
      for (int w = 0; w < problem.weeks(); w++) {
        free[c][w] = s.capacity() - s.occupied().get(w);
      }
    }
    return new PlacementSolution(seats, weeks, new FreeSeats(free));
  }

  /**
   * Solves the problem.
   *
   * @param problem the problem
   * @param seed Timefold's random seed
   * @param limit the time limit
   * @return the outcome
   */
  public static Outcome solve(PlacementProblem problem, long seed, Duration limit) {
    SolverFactory<PlacementSolution> factory =
        SolverFactory.create(
            new SolverConfig()
                .withSolutionClass(PlacementSolution.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(PlacementConstraints.class)
                .withRandomSeed(seed)
                .withTerminationSpentLimit(limit));
    Solver<PlacementSolution> solver = factory.buildSolver();
    PlacementSolution best = solver.solve(toSolution(problem));
    boolean feasible = best.getScore() != null && best.getScore().hardScore() == 0;
    int placed = 0;
    long wait = 0;
    for (Seat s : best.getSeats()) {
      SeatChoice c = s.getChoice();
      if (c != null) {
        placed++;
        wait += c.daysWaiting();
      }
    }
    return new Outcome(placed, wait, feasible);
  }
}
