package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A day on which a program does not meet: a public holiday (on its observed date) or a closure.
 *
 * @param date the observed date, in the program's own zone; never {@code null}
 * @param name a short label such as {@code Independence Day}; never blank
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Holiday(LocalDate date, String name) {
  /** Checks that both parts are present. */
  public Holiday {
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
  }
}
