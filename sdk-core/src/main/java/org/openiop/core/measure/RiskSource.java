package org.openiop.core.measure;

import org.apiguardian.api.API;

/**
 * Where a risk signal came from.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskSource {
  /** A risk flag on a scored instrument, e.g. PHQ-9 item 9. */
  INSTRUMENT,
  /** A positive C-SSRS screener triage. */
  CSSRS_SCREEN,
  /** A clinician's entry. */
  CLINICIAN
}
