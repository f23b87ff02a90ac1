package org.openiop.benchmarks;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** New typed ids from a {@code SecureRandom} generator, against {@code UUID.randomUUID()}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IdGenerationBenchmark {
  private final IdGenerator generator = IdGenerator.secureRandom();

  /**
   * Baseline: a random UUID as a string.
   *
   * @return the value
   */
  @Benchmark
  public String baselineUuid() {
    return UUID.randomUUID().toString();
  }

  /**
   * Subject: a validated participant id.
   *
   * @return the id
   */
  @Benchmark
  public ParticipantId participantId() {
    return ParticipantId.generate(generator);
  }
}
