package org.openiop.video.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * A clock that tests move by hand, so no test sleeps for time logic; thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MutableClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A UTC clock standing at an instant.
   *
   * @param start never {@code null}
   * @return the clock
   */
  public static MutableClock at(Instant start) {
    return new MutableClock(
        new AtomicReference<>(Objects.requireNonNull(start, "start == null")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward (or back, with a negative amount).
   *
   * @param amount never {@code null}
   * @return the new instant
   */
  public Instant advance(Duration amount) {
    Objects.requireNonNull(amount, "amount == null");
    return now.updateAndGet(t -> t.plus(amount));
  }

  /**
   * Sets the clock.
   *
   * @param instant never {@code null}
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant == null"));
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, Objects.requireNonNull(zone, "zone == null"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
