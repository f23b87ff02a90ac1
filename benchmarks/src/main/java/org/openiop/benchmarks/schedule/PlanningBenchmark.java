package org.openiop.benchmarks.schedule;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openiop.benchmarks.schedule.peer.TimefoldPlacement;
import org.openiop.core.schedule.PlacementProblem;
import org.openiop.core.schedule.Plan;
import org.openiop.core.schedule.Planner;
import org.openiop.core.schedule.Scenario;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning a health system: n participants with clinicians and cohorts in proportion (400 and 60 at
 * n = 10,000), 50 jurisdictions, 12 weeks.
 *
 * <p>Subject: {@link #planner}, the whole plan (placement plus weekly individual and family
 * sessions). Peer, same run: {@link #timefold}, Timefold Solver 1.32 on the cohort-placement core
 * of the same problem ({@link Planner#placementProblem}), with a time limit of one second per
 * thousand participants. Placements and waiting days come from {@link PlanningReport}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class PlanningBenchmark {
  /** Participants. */
  @Param({"1000", "10000"})
  public int participants;

  private Scenario system = Scenario.generate(1, 10, 16, 4, 2);
  private final Planner planner = Planner.builder().seed(42).build();
  private PlacementProblem problem =
      new PlacementProblem(Scenario.MONDAY, 1, java.util.List.of(), java.util.List.of());

  /** Generates the health system and the placement problem. */
  @Setup(Level.Trial)
  public void setUp() {
    system = scaled(participants);
    problem = planner.placementProblem(system.request);
  }

  /**
   * The health system at a scale: 400 clinicians and 60 cohorts per 10,000 participants.
   *
   * @param n participants
   * @return the system
   */
  public static Scenario scaled(int n) {
    return Scenario.generate(2026, n, Math.max(20, n / 25), 50, Math.max(4, n * 60 / 10_000));
  }

  /**
   * Subject: our planner.
   *
   * @return the plan
   */
  @Benchmark
  public Plan planner() {
    return planner.plan(system.request);
  }

  /**
   * Peer: Timefold Solver on the placement core.
   *
   * @return what it placed
   */
  @Benchmark
  public TimefoldPlacement.Outcome timefold() {
    return TimefoldPlacement.solve(problem, 42, timefoldLimit(participants));
  }

  /**
   * Timefold's time limit: one second per thousand participants.
   *
   * @param n participants
   * @return the limit
   */
  public static Duration timefoldLimit(int n) {
    return Duration.ofMillis(Math.max(1_000, n));
  }
}
