package org.openiop.crypto.messaging;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;

/**
 * Identifies a message thread (one-to-one or group).
 *
 * @param value 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ThreadId(String value) {
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** Checks the syntax. */
  public ThreadId {
    if (value == null || !ID.matcher(value).matches()) {
      throw InvalidInputException.of("threadId", "must be 1-64 letters, digits or . _ : -");
    }
  }

  /**
   * Parses a well-formed identifier.
   *
   * @param value the identifier
   * @return the id
   */
  public static ThreadId of(String value) {
    return new ThreadId(value);
  }

  /**
   * Makes a new identifier with the prefix {@code thr_}.
   *
   * @param generator the source; never {@code null}
   * @return a new id
   */
  public static ThreadId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new ThreadId(generator.next("thr"));
  }

  @Override
  public String toString() {
    return value;
  }
}
