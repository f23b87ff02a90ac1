package org.openiop.crypto.keys;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;

/**
 * Someone (or something) that holds keys: a participant, clinician, support person, admin, or an
 * organization role such as the recovery reader or the directory itself.
 *
 * <p>Its text form {@code kind:id} (for example {@code clinician:cli_0f3k...}) is what the envelope
 * formats and the directory carry.
 *
 * @param kind what sort of principal; never {@code null}
 * @param id the identifier: 1-64 letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Principal(Kind kind, String id) implements Comparable<Principal> {
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1,64}");

  /** The sorts of principal. */
  public enum Kind {
    /** A person receiving care ({@link ParticipantId}). */
    PARTICIPANT("participant"),
    /** A clinician ({@link ClinicianId}). */
    CLINICIAN("clinician"),
    /** A support person ({@link SupportPersonId}). */
    SUPPORT_PERSON("support"),
    /** A program administrator ({@link AdminId}). */
    ADMIN("admin"),
    /** An organization role: recovery reader, key directory, token issuer. */
    ORGANIZATION("org");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /**
     * The label used in text forms.
     *
     * @return for example {@code clinician}
     */
    public String label() {
      return label;
    }
  }

  /** Checks both parts. */
  public Principal {
    Objects.requireNonNull(kind, "kind == null");
    if (id == null || !ID.matcher(id).matches()) {
      throw InvalidInputException.of("principal.id", "must be 1-64 letters, digits or . _ : -");
    }
  }

  /**
   * The principal of a participant.
   *
   * @param id the participant; never {@code null}
   * @return the principal
   */
  public static Principal of(ParticipantId id) {
    Objects.requireNonNull(id, "id == null");
    return new Principal(Kind.PARTICIPANT, id.value());
  }

  /**
   * The principal of a clinician.
   *
   * @param id the clinician; never {@code null}
   * @return the principal
   */
  public static Principal of(ClinicianId id) {
    Objects.requireNonNull(id, "id == null");
    return new Principal(Kind.CLINICIAN, id.value());
  }

  /**
   * The principal of a support person.
   *
   * @param id the support person; never {@code null}
   * @return the principal
   */
  public static Principal of(SupportPersonId id) {
    Objects.requireNonNull(id, "id == null");
    return new Principal(Kind.SUPPORT_PERSON, id.value());
  }

  /**
   * The principal of an administrator.
   *
   * @param id the administrator; never {@code null}
   * @return the principal
   */
  public static Principal of(AdminId id) {
    Objects.requireNonNull(id, "id == null");
    return new Principal(Kind.ADMIN, id.value());
  }

  /**
   * An organization role, for example {@code organization("recovery")}.
   *
   * @param role the role name, same syntax as ids
   * @return the principal
   */
  public static Principal organization(String role) {
    return new Principal(Kind.ORGANIZATION, role);
  }

  /**
   * Parses the text form {@code kind:id}.
   *
   * @param text the candidate, may be null
   * @return the principal, or empty if malformed
   */
  public static Optional<Principal> tryParse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String label = text.substring(0, colon);
    String id = text.substring(colon + 1);
    for (Kind k : Kind.values()) {
      if (k.label.equals(label) && ID.matcher(id).matches()) {
        return Optional.of(new Principal(k, id));
      }
    }
    return Optional.empty();
  }

  /**
   * The text form {@code kind:id}.
   *
   * @return never {@code null}
   */
  public String text() {
    return kind.label + ":" + id;
  }

  @Override
  public int compareTo(Principal other) {
    return text().compareTo(other.text());
  }

  @Override
  public String toString() {
    return text();
  }
}
