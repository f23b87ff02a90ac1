package org.openiop.core.program;

import org.apiguardian.api.API;

/**
 * What kind of session this is, which decides who may attend and what consent is needed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SessionKind {
  /** One participant and one clinician. */
  INDIVIDUAL,
  /** A therapy group of participants. */
  GROUP,
  /** One participant with their support persons (needs a family release). */
  FAMILY,
  /** Several participants with their support persons. */
  MULTI_FAMILY_GROUP,
  /** Teaching session, e.g. for participants or support persons. */
  PSYCHOEDUCATION,
  /** A check-in after discharge. */
  AFTERCARE_CHECK_IN;

  /**
   * Whether support persons may be invited.
   *
   * @return true for family and multi-family sessions and psychoeducation
   */
  public boolean admitsSupportPersons() {
    return this == FAMILY || this == MULTI_FAMILY_GROUP || this == PSYCHOEDUCATION;
  }
}
