package org.openiop.core.people;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * A period a clinician is away, as a half-open interval {@code [start, end)}.
 *
 * @param start first instant away; never {@code null}
 * @param end first instant back, after {@code start}; never {@code null}
 * @param note an optional short note for staff (no PHI), at most 200 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record TimeOff(Instant start, Instant end, @Nullable @Size(max = 200) String note) {

  /** Checks presence and order. */
  public TimeOff {
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(end, "end == null");
    if (!end.isAfter(start)) {
      throw InvalidInputException.of("end", "must be after start");
    }
  }

  /**
   * Whether this period overlaps {@code [from, to)}.
   *
   * @param from start; never {@code null}
   * @param to end; never {@code null}
   * @return true on overlap
   */
  public boolean overlaps(Instant from, Instant to) {
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(to, "to == null");
    return from.isBefore(end) && start.isBefore(to);
  }
}
