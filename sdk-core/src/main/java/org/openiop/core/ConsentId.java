package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies one consent record (each version keeps the id).
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConsentId(String value) implements TypedId, Comparable<ConsentId> {
  /** Checks the syntax. */
  public ConsentId {
    IdRules.check("consentId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static ConsentId of(String value) {
    return new ConsentId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<ConsentId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new ConsentId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code cns_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static ConsentId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new ConsentId(generator.next("cns"));
  }

  @Override
  public int compareTo(ConsentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
