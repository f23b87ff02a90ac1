package org.openiop.benchmarks.measure;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.Score;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validated PHQ-9 scoring (range checks, band, flags) against a bare loop that sums nine integers
 * and looks up the band with if-statements: the cost of doing it properly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScoringBenchmark {
  private final List<Integer> answers = Arrays.asList(1, 2, 1, 0, 1, 2, 0, 1, 1);

  /**
   * Baseline: unchecked sum and band lookup.
   *
   * @return the band name
   */
  @Benchmark
  public String baselineUncheckedSum() {
    int total = 0;
    for (Integer a : answers) {
      total += a;
    }
    if (total < 5) {
      return "none-minimal";
    } else if (total < 10) {
      return "mild";
    } else if (total < 15) {
      return "moderate";
    } else if (total < 20) {
      return "moderately severe";
    }
    return "severe";
  }

  /**
   * Subject: {@code Instruments.PHQ_9.score}.
   *
   * @return the score
   */
  @Benchmark
  public Score phq9Score() {
    return Instruments.PHQ_9.score(answers);
  }
}
