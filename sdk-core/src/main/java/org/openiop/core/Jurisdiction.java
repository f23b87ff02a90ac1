package org.openiop.core;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A place whose law governs care: an ISO 3166-2 subdivision code such as {@code US-CA} or {@code
 * CA-ON}.
 *
 * <p>Care is rendered where the participant is physically located at the time of the session, so
 * licensure and consent rules hinge on this value. The constructor checks the syntax only (two
 * upper-case letters, a hyphen, one to three upper-case letters or digits); whether a code is known
 * and what it is called is the business of a {@link JurisdictionRegistry}. In JSON it is the plain
 * code string.
 *
 * <pre>{@code
 * Jurisdiction ca = Jurisdiction.of("US-CA");
 * String name = JurisdictionRegistry.standard().nameOf(ca).orElseThrow(); // "California"
 * }</pre>
 *
 * @param code the ISO 3166-2 code, upper case; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Jurisdiction(String code) implements Comparable<Jurisdiction> {
  private static final Pattern SYNTAX = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  /** Checks the syntax. */
  public Jurisdiction {
    if (code == null) {
      throw InvalidInputException.of("jurisdiction", "must not be null");
    }
    if (!SYNTAX.matcher(code).matches()) {
      throw InvalidInputException.of(
          "jurisdiction", "must be an ISO 3166-2 subdivision code such as US-CA");
    }
  }

  /**
   * Parses a well-formed code.
   *
   * @param code the code, for example {@code US-NY}
   * @return the jurisdiction
   * @throws InvalidInputException if {@code code} is null or malformed
   */
  public static Jurisdiction of(String code) {
    return new Jurisdiction(code);
  }

  /**
   * Parses a code, or returns empty if it is null or malformed.
   *
   * @param code the candidate, may be null
   * @return the jurisdiction, or empty
   */
  public static Optional<Jurisdiction> tryParse(String code) {
    return code != null && SYNTAX.matcher(code).matches()
        ? Optional.of(new Jurisdiction(code))
        : Optional.empty();
  }

  /**
   * The ISO 3166-1 alpha-2 country part, for example {@code US}.
   *
   * @return never {@code null}
   */
  public String country() {
    return code.substring(0, 2);
  }

  /**
   * The subdivision part after the hyphen, for example {@code CA}.
   *
   * @return never {@code null}
   */
  public String subdivision() {
    return code.substring(3);
  }

  @Override
  public int compareTo(Jurisdiction other) {
    Objects.requireNonNull(other, "other == null");
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
