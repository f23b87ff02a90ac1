package org.openiop.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person's name as given and family parts. PHI: {@code toString} is redacted.
 *
 * @param given given name(s), 1-100 characters; never {@code null}
 * @param family family name, 1-100 characters; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PersonName(
    @NotBlank(message = "must not be blank") @Size(max = 100) String given,
    @NotBlank(message = "must not be blank") @Size(max = 100) String family) {

  /** Checks presence. */
  public PersonName {
    Objects.requireNonNull(given, "given == null");
    Objects.requireNonNull(family, "family == null");
  }

  /**
   * The name for display: given then family.
   *
   * @return never {@code null}
   */
  public String display() {
    return given + " " + family;
  }

  @Override
  public String toString() {
    return "PersonName[redacted]";
  }
}
