package org.openiop.core.care;

import org.apiguardian.api.API;

/**
 * The kinds of care plan; consent to share is given per kind.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PlanKind {
  /** {@link TreatmentPlan}. */
  TREATMENT,
  /** {@link RelapsePreventionPlan}. */
  RELAPSE_PREVENTION,
  /** {@link SafetyPlan}. */
  SAFETY,
  /** {@link AftercarePlan}. */
  AFTERCARE
}
