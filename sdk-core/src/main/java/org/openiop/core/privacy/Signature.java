package org.openiop.core.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who signed a consent, in what capacity and when. PHI: {@code toString} is redacted.
 *
 * @param signerName the signer's name as signed, 1-200 characters
 * @param capacity the capacity in which they signed; never {@code null}
 * @param signedAt when; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Signature(
    @NotBlank(message = "must not be blank") @Size(max = 200) String signerName,
    Capacity capacity,
    Instant signedAt) {

  /** Checks presence. */
  public Signature {
    Objects.requireNonNull(signerName, "signerName == null");
    Objects.requireNonNull(capacity, "capacity == null");
    Objects.requireNonNull(signedAt, "signedAt == null");
  }

  @Override
  public String toString() {
    return "Signature[capacity=" + capacity + ", signedAt=" + signedAt + ", signer redacted]";
  }

  /** The capacity in which a consent was signed. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Capacity {
    /** The person themself. */
    SELF,
    /** A parent or legal guardian of a minor. */
    PARENT_OR_GUARDIAN,
    /** A court-appointed or other personal representative. */
    PERSONAL_REPRESENTATIVE,
    /** A staff member signing their own confidentiality agreement. */
    STAFF
  }
}
