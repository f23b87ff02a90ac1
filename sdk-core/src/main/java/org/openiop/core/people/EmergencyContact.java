package org.openiop.core.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Whom to call in an emergency. PHI: {@code toString} is redacted.
 *
 * @param name the contact's name; never {@code null}
 * @param relation how they relate to the participant, e.g. {@code mother}, 1-50 characters
 * @param contact how to reach them; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EmergencyContact(
    @Valid PersonName name,
    @NotBlank(message = "must not be blank") @Size(max = 50) String relation,
    @Valid ContactInfo contact) {

  /** Checks presence. */
  public EmergencyContact {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(relation, "relation == null");
    Objects.requireNonNull(contact, "contact == null");
  }

  @Override
  public String toString() {
    return "EmergencyContact[redacted]";
  }
}
