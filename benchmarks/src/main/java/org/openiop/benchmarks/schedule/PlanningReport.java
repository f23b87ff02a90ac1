package org.openiop.benchmarks.schedule;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.openiop.benchmarks.schedule.peer.TimefoldPlacement;
import org.openiop.core.schedule.PlacementProblem;
import org.openiop.core.schedule.Plan;
import org.openiop.core.schedule.Planner;
import org.openiop.core.schedule.Scenario;

/**
 * Prints what JMH does not: placements, days waiting and peak heap of our planner next to
 * Timefold's placements on the same problem. Run: {@code java -Xmx1g -cp
 * benchmarks/target/benchmarks.jar org.openiop.benchmarks.schedule.PlanningReport 1000 10000}.
 */
public final class PlanningReport {
  private PlanningReport() {}

  /**
   * Runs the report.
   *
   * @param args participant counts
   */
  public static void main(String[] args) {
    Planner planner = Planner.builder().seed(42).build();
    for (String arg : args) {
      int n = Integer.parseInt(arg);
      Scenario system = PlanningBenchmark.scaled(n);
      planner.plan(system.request); // warm-up
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      long c0 = cpu();
      Plan plan = planner.plan(system.request);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      long cpuMs = (cpu() - c0) / 1_000_000;
      long peak = peakHeap();
      PlacementProblem problem = planner.placementProblem(system.request);
      long t1 = System.nanoTime();
      long c1 = cpu();
      TimefoldPlacement.Outcome tf =
          TimefoldPlacement.solve(problem, 42, PlanningBenchmark.timefoldLimit(n));
      long tfMs = (System.nanoTime() - t1) / 1_000_000;
      long tfCpuMs = (cpu() - c1) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "n=%d planner: placed %d, unplaced %d, days waiting %d, sessions %d, %d ms wall, %d ms cpu,"
              + " peak heap %d MiB%n"
              + "n=%d timefold: placed %d, days waiting %d, feasible %s, %d ms wall, %d ms cpu"
              + " (limit %s)%n",
          n,
          plan.placements().size(),
          plan.unplaced().size(),
          plan.totalDaysWaiting(),
          plan.calendar().size(),
          ms,
          cpuMs,
          peak >> 20,
          n,
          tf.placed(),
          tf.daysWaiting(),
          tf.feasible(),
          tfMs,
          tfCpuMs,
          PlanningBenchmark.timefoldLimit(n));
    }
  }

  /** CPU time of this thread (both solvers run on the calling thread). */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** Sum of the heap pools' peaks since the reset (an upper bound of the true peak). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
