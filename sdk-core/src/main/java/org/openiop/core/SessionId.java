package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies one concrete session on the calendar.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SessionId(String value) implements TypedId, Comparable<SessionId> {
  /** Checks the syntax. */
  public SessionId {
    IdRules.check("sessionId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static SessionId of(String value) {
    return new SessionId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<SessionId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new SessionId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code ses_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static SessionId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new SessionId(generator.next("ses"));
  }

  @Override
  public int compareTo(SessionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
