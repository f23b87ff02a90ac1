package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a cohort: one running group of a program on a track, in a zone.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CohortId(String value) implements TypedId, Comparable<CohortId> {
  /** Checks the syntax. */
  public CohortId {
    IdRules.check("cohortId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static CohortId of(String value) {
    return new CohortId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<CohortId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new CohortId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code coh_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static CohortId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new CohortId(generator.next("coh"));
  }

  @Override
  public int compareTo(CohortId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
