package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies one enrollment of a participant in a program, from referral to discharge.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentId(String value) implements TypedId, Comparable<EnrollmentId> {
  /** Checks the syntax. */
  public EnrollmentId {
    IdRules.check("enrollmentId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static EnrollmentId of(String value) {
    return new EnrollmentId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<EnrollmentId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new EnrollmentId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code enr_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static EnrollmentId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new EnrollmentId(generator.next("enr"));
  }

  @Override
  public int compareTo(EnrollmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
