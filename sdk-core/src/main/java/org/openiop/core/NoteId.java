package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a clinical note.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record NoteId(String value) implements TypedId, Comparable<NoteId> {
  /** Checks the syntax. */
  public NoteId {
    IdRules.check("noteId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static NoteId of(String value) {
    return new NoteId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<NoteId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new NoteId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code not_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static NoteId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new NoteId(generator.next("not"));
  }

  @Override
  public int compareTo(NoteId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
