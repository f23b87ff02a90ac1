package org.openiop.video.spi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Violation;

/**
 * How a provider retries idempotent platform calls that failed with a timeout, a connection
 * failure, a 5xx answer or a 429: exponential backoff with random jitter.
 *
 * <p>The wait before retry {@code n} (1-based) is {@code b = min(maxBackoff, initialBackoff *
 * 2^(n-1))} reduced by a random share of at most {@code jitter * b}, or the platform's {@code
 * Retry-After} when that is longer (capped at {@code maxBackoff}). Operations that are not
 * idempotent are never retried.
 *
 * @param maxAttempts total attempts including the first, 1 to 10
 * @param initialBackoff the first wait, 0 to 1 minute; never {@code null}
 * @param maxBackoff the longest wait, at least {@code initialBackoff} and at most 5 minutes; never
 *     {@code null}
 * @param jitter the random share, 0.0 to 1.0
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RetryPolicy(
    int maxAttempts, Duration initialBackoff, Duration maxBackoff, double jitter) {

  /** Checks the bounds and reports every violation. */
  public RetryPolicy {
    Objects.requireNonNull(initialBackoff, "initialBackoff == null");
    Objects.requireNonNull(maxBackoff, "maxBackoff == null");
    List<Violation> violations = new ArrayList<>();
    if (maxAttempts < 1 || maxAttempts > 10) {
      violations.add(new Violation("maxAttempts", "must be between 1 and 10"));
    }
    if (initialBackoff.isNegative() || initialBackoff.compareTo(Duration.ofMinutes(1)) > 0) {
      violations.add(new Violation("initialBackoff", "must be between 0 and PT1M"));
    }
    if (maxBackoff.compareTo(initialBackoff) < 0
        || maxBackoff.compareTo(Duration.ofMinutes(5)) > 0) {
      violations.add(new Violation("maxBackoff", "must be between initialBackoff and PT5M"));
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      violations.add(new Violation("jitter", "must be between 0.0 and 1.0"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * Three attempts, 200 ms then 400 ms, at most 2 s, half jitter.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 0.5);
  }

  /**
   * One attempt, no retries.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, 0.0);
  }

  /**
   * The wait before a retry.
   *
   * @param retry which retry, 1 for the first
   * @param random a uniform random number in {@code [0, 1)}
   * @return the wait; never negative
   */
  public Duration backoff(int retry, double random) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry < 1");
    }
    if (!(random >= 0.0 && random < 1.0)) {
      throw new IllegalArgumentException("random outside [0, 1)");
    }
    long initial = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    long base = initial;
    for (int i = 1; i < retry && base < max; i++) {
      base = base > max / 2 ? max : base * 2;
    }
    base = Math.min(base, max);
    long reduction = (long) (base * jitter * random);
    return Duration.ofNanos(base - reduction);
  }
}
