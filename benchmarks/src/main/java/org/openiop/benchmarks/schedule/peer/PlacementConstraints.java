package org.openiop.benchmarks.schedule.peer;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.Objects;

/** Hard: no cohort over capacity in any week. Soft: place people (weight 1000), then wait less. */
public class PlacementConstraints implements ConstraintProvider {
  /** Placing one more participant is worth this many days of waiting. */
  public static final long PLACEMENT_WEIGHT = 1000;

  /** For Timefold. */
  public PlacementConstraints() {}

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {capacity(factory), unplaced(factory), waiting(factory)};
  }

  private Constraint capacity(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .join(
            Week.class,
            Joiners.filtering((s, w) -> Objects.requireNonNull(s.getChoice()).occupies(w.index())))
        .groupBy(
            (s, w) -> Objects.requireNonNull(s.getChoice()).cohort(),
            (s, w) -> w.index(),
            ConstraintCollectors.countBi())
        .join(FreeSeats.class)
        .filter((cohort, week, count, free) -> count > free.of(cohort, week))
        .penalizeLong(
            HardSoftLongScore.ONE_HARD,
            (cohort, week, count, free) -> count - free.of(cohort, week))
        .asConstraint("cohort capacity");
  }

  private Constraint unplaced(ConstraintFactory factory) {
    return factory
        .forEachIncludingUnassigned(Seat.class)
        .filter(s -> s.getChoice() == null && !s.getOptions().isEmpty())
        .penalizeLong(HardSoftLongScore.ofSoft(PLACEMENT_WEIGHT))
        .asConstraint("unplaced participant");
  }

  private Constraint waiting(ConstraintFactory factory) {
    return factory
        .forEach(Seat.class)
        .penalizeLong(
            HardSoftLongScore.ONE_SOFT, s -> Objects.requireNonNull(s.getChoice()).daysWaiting())
        .asConstraint("days waiting");
  }
}
