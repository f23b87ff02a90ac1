package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a program administrator or auditor account.
 *
 * @param value the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AdminId(String value) implements TypedId, Comparable<AdminId> {
  /** Checks the syntax. */
  public AdminId {
    IdRules.check("adminId", value);
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the typed id
   * @throws InvalidInputException if {@code value} is null or malformed
   */
  public static AdminId of(String value) {
    return new AdminId(value);
  }

  /**
   * Parses an identifier, or returns empty if it is null or malformed.
   *
   * @param value the candidate, may be null
   * @return the typed id, or empty
   */
  public static Optional<AdminId> tryParse(String value) {
    return IdRules.isValid(value) ? Optional.of(new AdminId(value)) : Optional.empty();
  }

  /**
   * Makes a new identifier with the prefix {@code adm_}.
   *
   * @param generator the source of new values; never {@code null}
   * @return a new id
   */
  public static AdminId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new AdminId(generator.next("adm"));
  }

  @Override
  public int compareTo(AdminId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
