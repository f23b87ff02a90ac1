package org.openiop.core.privacy.access;

import org.apiguardian.api.API;

/**
 * The coded reason for break-glass access; the code goes into the audit trail, the free-text
 * justification does not.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EmergencyReason {
  /** The participant may harm themself imminently. */
  IMMINENT_RISK_TO_SELF("imminent-risk-to-self"),
  /** The participant may harm others imminently. */
  IMMINENT_RISK_TO_OTHERS("imminent-risk-to-others"),
  /** A medical emergency (42 CFR 2.51 for Part 2 records). */
  MEDICAL_EMERGENCY("medical-emergency"),
  /** The care team cannot be reached and care cannot wait. */
  CARE_TEAM_UNAVAILABLE("care-team-unavailable");

  private final String code;

  EmergencyReason(String code) {
    this.code = code;
  }

  /**
   * The audit code.
   *
   * @return never {@code null}
   */
  public String code() {
    return code;
  }
}
