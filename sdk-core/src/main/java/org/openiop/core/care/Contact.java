package org.openiop.core.care;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * A person or service in a plan: a name and how to reach them. PHI: {@code toString} is redacted.
 *
 * @param name the name, 1-200 characters
 * @param phone how to reach them by phone, or {@code null}
 * @param role e.g. "sister", "therapist", or {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Contact(String name, @Nullable String phone, @Nullable String role) {
  /** Checks the name. */
  public Contact {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw InvalidInputException.of("contact.name", "must be 1-200 characters");
    }
  }

  @Override
  public String toString() {
    return "Contact[(redacted)]";
  }
}
