package org.openiop.core.privacy.audit;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One line of an accounting of disclosures: when, to whom, what and why a participant's PHI was
 * disclosed.
 *
 * @param time when; never {@code null}
 * @param recipientId who received it (typed id value); never {@code null}
 * @param recipientRole the recipient's role code; never {@code null}
 * @param resourceType what kind of record; never {@code null}
 * @param resourceId which record, or {@code null}
 * @param purpose the purpose of use; never {@code null}
 * @param breakGlass whether it was emergency access
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Disclosure(
    Instant time,
    String recipientId,
    String recipientRole,
    String resourceType,
    @Nullable String resourceId,
    PurposeOfUse purpose,
    boolean breakGlass) {
  /** Checks presence. */
  public Disclosure {
    Objects.requireNonNull(time, "time == null");
    Objects.requireNonNull(recipientId, "recipientId == null");
    Objects.requireNonNull(recipientRole, "recipientRole == null");
    Objects.requireNonNull(resourceType, "resourceType == null");
    Objects.requireNonNull(purpose, "purpose == null");
  }
}
