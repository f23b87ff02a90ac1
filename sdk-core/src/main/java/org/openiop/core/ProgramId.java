package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a program: the definition of a level of care, its hours and its curriculum.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramId(String value) implements TypedId, Comparable<ProgramId> {
  /** Checks the syntax. */
  public ProgramId {
    IdRules.check("programId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<ProgramId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new ProgramId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code prg_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static ProgramId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new ProgramId(generator.next("prg"));
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
