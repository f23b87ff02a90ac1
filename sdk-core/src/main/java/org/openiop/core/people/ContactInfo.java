package org.openiop.core.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How to reach a person: e-mail and phone, either may be absent. PHI: {@code toString} is redacted.
 *
 * @param email an e-mail address, at most 254 characters; may be {@code null}
 * @param phone a phone number in E.164 form such as {@code +14155550100}; may be {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ContactInfo(
    @Nullable @Email @Size(max = 254) String email,
    @Nullable
        @Pattern(
            regexp = "\\+[1-9][0-9]{6,14}",
            message = "must be an E.164 phone number such as +14155550100")
        String phone) {

  /** Nobody to reach: both parts absent. */
  public static final ContactInfo NONE = new ContactInfo(null, null);

  /**
   * Contact by e-mail only.
   *
   * @param email the address; never {@code null}
   * @return the contact info (validate it before trusting it)
   */
  public static ContactInfo email(String email) {
    java.util.Objects.requireNonNull(email, "email == null");
    return new ContactInfo(email, null);
  }

  @Override
  public String toString() {
    return "ContactInfo[email="
        + (email == null ? "none" : "redacted")
        + ", phone="
        + (phone == null ? "none" : "redacted")
        + "]";
  }
}
