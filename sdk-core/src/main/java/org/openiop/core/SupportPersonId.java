package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a support person: family or a chosen supporter linked to a participant.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SupportPersonId(String value) implements TypedId, Comparable<SupportPersonId> {
  /** Checks the syntax. */
  public SupportPersonId {
    IdRules.check("supportPersonId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static SupportPersonId of(String value) {
    return new SupportPersonId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<SupportPersonId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new SupportPersonId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code sup_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static SupportPersonId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new SupportPersonId(generator.next("sup"));
  }

  @Override
  public int compareTo(SupportPersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
