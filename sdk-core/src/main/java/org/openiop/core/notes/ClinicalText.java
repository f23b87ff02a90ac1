package org.openiop.core.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * Clinical free text (PHI): never rendered by {@code toString}, compared only on request.
 *
 * <p>Immutable and thread-safe. Equality is identity; use {@link #contentEquals} to compare text.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ClinicalText {
  /** The longest text accepted, in characters. */
  public static final int MAX_LENGTH = 20_000;

  private final String text;

  private ClinicalText(String text) {
    this.text = text;
  }

  /**
   * Wraps clinical text.
   *
   * @param text 1 to {@value #MAX_LENGTH} characters, not blank
   * @return the wrapped text
   * @throws InvalidInputException if blank or too long (the message never quotes the text)
   */
  public static ClinicalText of(String text) {
    return of("text", text);
  }

  static ClinicalText of(String path, String text) {
    if (text == null || text.isBlank()) {
      throw InvalidInputException.of(path, "must not be blank");
    }
    if (text.length() > MAX_LENGTH) {
      throw InvalidInputException.of(path, "must be at most " + MAX_LENGTH + " characters");
    }
    return new ClinicalText(text);
  }

  /**
   * The text itself. Callers must not log it.
   *
   * @return never {@code null}
   */
  public String text() {
    return text;
  }

  /**
   * The length in characters.
   *
   * @return at least 1
   */
  public int length() {
    return text.length();
  }

  /**
   * Compares the text in constant time for equal lengths.
   *
   * @param other the other text; never {@code null}
   * @return whether both hold the same characters
   */
  public boolean contentEquals(ClinicalText other) {
    Objects.requireNonNull(other, "other == null");
    return MessageDigest.isEqual(
        text.getBytes(StandardCharsets.UTF_8), other.text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ClinicalText[redacted, " + text.length() + " chars]";
  }
}
