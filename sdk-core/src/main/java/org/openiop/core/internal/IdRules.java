package org.openiop.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.openiop.core.InvalidInputException;

/** The one place the syntax of typed identifiers is checked. Not API. */
public final class IdRules {
  /**
   * Letters, digits and {@code . _ : -}, starting with a letter or digit, at most 64 characters.
   */
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  private IdRules() {}

  /**
   * Returns the value if it is a well-formed identifier.
   *
   * @param field the field name used in the error, e.g. {@code participantId}
   * @param value the candidate
   * @return {@code value}
   * @throws InvalidInputException naming the field and the rule, never the value
   */
  public static String check(String field, String value) {
    Objects.requireNonNull(field, "field == null");
    if (value == null) {
      throw InvalidInputException.of(field, "must not be null");
    }
    if (!SYNTAX.matcher(value).matches()) {
      throw InvalidInputException.of(
          field,
          "must be 1-64 characters of letters, digits and . _ : -, starting with a letter or digit");
    }
    return value;
  }

  /**
   * Whether the value is a well-formed identifier.
   *
   * @param value the candidate, may be null
   * @return true if {@link #check} would accept it
   */
  public static boolean isValid(String value) {
    return value != null && SYNTAX.matcher(value).matches();
  }
}
