package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a participant: a person receiving care in a program.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ParticipantId(String value) implements TypedId, Comparable<ParticipantId> {
  /** Checks the syntax. */
  public ParticipantId {
    IdRules.check("participantId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<ParticipantId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new ParticipantId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code par_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static ParticipantId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new ParticipantId(generator.next("par"));
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
