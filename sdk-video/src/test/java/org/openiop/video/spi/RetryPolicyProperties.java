package org.openiop.video.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RetryPolicyProperties {
  @Property
  void backoffStaysBetweenTheJitteredFloorAndTheCappedExponential(
      @ForAll @IntRange(min = 0, max = 5000) int initialMillis,
      @ForAll @IntRange(min = 0, max = 60000) int extraMillis,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double jitter,
      @ForAll @IntRange(min = 1, max = 30) int retry,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double random) {
    Duration initial = Duration.ofMillis(initialMillis);
    Duration max = initial.plusMillis(extraMillis);
    RetryPolicy policy = new RetryPolicy(10, initial, max, jitter);
    double exp = initialMillis * Math.pow(2, retry - 1);
    double base = Math.min(exp, max.toMillis());
    Duration wait = policy.backoff(retry, random);
    assertThat(wait.toNanos() / 1e6).isBetween(base * (1 - jitter) - 1e-3, base + 1e-3);
  }

  @Property
  void withoutJitterBackoffNeverShrinks(
      @ForAll @IntRange(min = 1, max = 29) int retry,
      @ForAll @DoubleRange(min = 0.0, max = 1.0, maxIncluded = false) double random) {
    RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofSeconds(30), 0.0);
    assertThat(policy.backoff(retry + 1, random))
        .isGreaterThanOrEqualTo(policy.backoff(retry, random));
  }
}
