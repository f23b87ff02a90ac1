package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * A named range of totals, inclusive at both ends, such as PHQ-9 10-14 "moderate".
 *
 * @param min the smallest total in the band
 * @param max the largest total in the band, at least {@code min}
 * @param name the band's name as published, lower case for the built-in instruments
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Band(int min, int max, String name) {
  /** Checks that the range is not empty and the name is present. */
  public Band {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw InvalidInputException.of("band.name", "must not be blank");
    }
    if (max < min) {
      throw InvalidInputException.of("band.max", "must be at least band.min");
    }
  }

  /**
   * Whether the total lies in this band.
   *
   * @param total a total
   * @return true if {@code min <= total <= max}
   */
  public boolean contains(int total) {
    return total >= min && total <= max;
  }
}
