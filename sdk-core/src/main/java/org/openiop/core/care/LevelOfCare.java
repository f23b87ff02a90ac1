package org.openiop.core.care;

import org.apiguardian.api.API;

/**
 * Levels of care, from least to most intensive (the order is meaningful).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LevelOfCare {
  /** Weekly or less frequent outpatient therapy. */
  OUTPATIENT,
  /** An intensive outpatient program (ASAM 2.1: adults 9-19 hours a week). */
  INTENSIVE_OUTPATIENT,
  /** Partial hospitalization (day program, 20 or more hours a week). */
  PARTIAL_HOSPITALIZATION,
  /** Crisis services or inpatient care: 24-hour supervision. */
  CRISIS_OR_INPATIENT
}
