package org.openiop.core.privacy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The required elements of a 42 CFR Part 2 consent (42 CFR 2.31, 2024 rule) beyond the patient,
 * expiry, signature and date, which the enclosing {@link Consent} carries.
 *
 * <p>Part 2 requires: the patient; who may disclose; a specific description of the information; the
 * recipients; the purpose; the right to revoke; an expiry date or event; signature and date; and
 * the redisclosure statement. A consent of type {@link ConsentType#PART2_DISCLOSURE} must carry
 * this record and an expiry (a date, or an event described here). {@code toString} is redacted.
 *
 * @param disclosingParty who may disclose, 1-200 characters
 * @param information a specific description of what may be disclosed, 1-1000 characters
 * @param recipients to whom, by name or class, 1-500 characters
 * @param purpose why, 1-500 characters (e.g. treatment, payment and health care operations)
 * @param expiryEvent an expiry event when no expiry instant is set, at most 200 characters, may be
 *     empty
 * @param rightToRevokeStated the form stated the right to revoke and how; must be true
 * @param redisclosureNoticeGiven the redisclosure statement was given; must be true
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Part2Disclosure(
    @NotBlank(message = "must not be blank") @Size(max = 200) String disclosingParty,
    @NotBlank(message = "must not be blank") @Size(max = 1000) String information,
    @NotBlank(message = "must not be blank") @Size(max = 500) String recipients,
    @NotBlank(message = "must not be blank") @Size(max = 500) String purpose,
    @Size(max = 200) String expiryEvent,
    @AssertTrue(message = "must be true: the form must state the right to revoke")
        boolean rightToRevokeStated,
    @AssertTrue(message = "must be true: the redisclosure statement must be given")
        boolean redisclosureNoticeGiven) {

  /** Checks presence. */
  public Part2Disclosure {
    Objects.requireNonNull(disclosingParty, "disclosingParty == null");
    Objects.requireNonNull(information, "information == null");
    Objects.requireNonNull(recipients, "recipients == null");
    Objects.requireNonNull(purpose, "purpose == null");
    Objects.requireNonNull(expiryEvent, "expiryEvent == null");
  }

  @Override
  public String toString() {
    return "Part2Disclosure[redacted, rightToRevokeStated="
        + rightToRevokeStated
        + ", redisclosureNoticeGiven="
        + redisclosureNoticeGiven
        + "]";
  }
}
