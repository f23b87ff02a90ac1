package org.openiop.core.store;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A stored value and the version it was stored under. Versions start at 1 and grow by 1 with every
 * write.
 *
 * @param value the value; never {@code null}
 * @param version the version, at least 1
 * @param <T> the value's type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Versioned<T>(T value, long version) {

  /** Checks presence and a positive version. */
  public Versioned {
    Objects.requireNonNull(value, "value == null");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1");
    }
  }

  @Override
  public String toString() {
    return "Versioned[version=" + version + ", value=" + value + "]";
  }
}
