package org.openiop.core.privacy.access;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.privacy.audit.PurposeOfUse;

/**
 * The policy's answer: permit or deny, the reason, the purpose of use recorded, and whether
 * break-glass access was used.
 *
 * @param permitted whether the access may go ahead
 * @param reason why; never {@code null}
 * @param purpose the purpose of use recorded in the audit trail; never {@code null}
 * @param breakGlass whether the permit rests on an emergency grant
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Decision(
    boolean permitted, DecisionReason reason, PurposeOfUse purpose, boolean breakGlass) {
  /** Checks presence. */
  public Decision {
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(purpose, "purpose == null");
  }

  static Decision permit(DecisionReason reason, PurposeOfUse purpose) {
    return new Decision(true, reason, purpose, false);
  }

  static Decision deny(DecisionReason reason, PurposeOfUse purpose) {
    return new Decision(false, reason, purpose, false);
  }
}
