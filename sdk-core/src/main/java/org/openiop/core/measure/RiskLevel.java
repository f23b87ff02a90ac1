package org.openiop.core.measure;

import org.apiguardian.api.API;

/**
 * How urgent a risk signal is. The SDK does not assess risk; the level says how fast a human must
 * look at the signal.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskLevel {
  /** Follow up at the next clinical contact (e.g. C-SSRS screener items 1-2 only). */
  LOW,
  /** Clinician review the same day (e.g. C-SSRS screener item 3, or an unanswered risk item). */
  MODERATE,
  /**
   * Immediate clinician evaluation (e.g. PHQ-9 item 9 above "not at all", C-SSRS screener item 4, 5
   * or behaviour in the past 3 months).
   */
  HIGH
}
