package org.openiop.benchmarks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openiop.benchmarks.schedule.peer.TimefoldPlacement;
import org.openiop.core.schedule.CalendarAudit;
import org.openiop.core.schedule.InMemoryScheduleDirectory;
import org.openiop.core.schedule.PlacementProblem;
import org.openiop.core.schedule.Plan;
import org.openiop.core.schedule.Planner;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.Scenario;

class PlanningBenchmarkTest {
  @Test
  void plannerAndTimefoldBothPlaceParticipantsOnASmallSystem() {
    PlanningBenchmark b = new PlanningBenchmark();
    b.participants = 200;
    b.setUp();
    Plan plan = b.planner();
    assertThat(plan.placements()).isNotEmpty();
    assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(200);
    Scenario system = PlanningBenchmark.scaled(200);
    InMemoryScheduleDirectory after = system.directory;
    for (var c : plan.cohorts()) {
      after = after.withCohort(c);
    }
    Planner planner = Planner.builder().seed(42).build();
    assertThat(
            CalendarAudit.audit(
                    plan.calendar(), after, Instant.parse("2026-02-01T00:00:00Z"), planner.rules())
                .stream()
                .filter(RuleViolation::isError))
        .isEmpty();
    PlacementProblem problem = planner.placementProblem(system.request);
    TimefoldPlacement.Outcome tf = TimefoldPlacement.solve(problem, 1, Duration.ofSeconds(1));
    assertThat(tf.feasible()).isTrue();
    assertThat(tf.placed()).isPositive();
    // Placement is an upper bound for the full plan: no one is placed without a feasible option.
    long withOptions = problem.candidates().stream().filter(c -> !c.options().isEmpty()).count();
    assertThat(tf.placed()).isLessThanOrEqualTo((int) withOptions);
    assertThat(plan.placements().size()).isLessThanOrEqualTo((int) withOptions);
  }
}
