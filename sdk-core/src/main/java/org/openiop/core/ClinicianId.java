package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a clinician: a licensed or certified member of staff who delivers care.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ClinicianId(String value) implements TypedId, Comparable<ClinicianId> {
  /** Checks the syntax. */
  public ClinicianId {
    IdRules.check("clinicianId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static ClinicianId of(String value) {
    return new ClinicianId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<ClinicianId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new ClinicianId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code cln_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static ClinicianId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new ClinicianId(generator.next("cln"));
  }

  @Override
  public int compareTo(ClinicianId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
