package org.openiop.core.care;

import org.apiguardian.api.API;

/**
 * The content of one version of a care plan. Implementations are immutable records holding PHI;
 * they render redacted in {@code toString}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PlanContent
    permits TreatmentPlan, RelapsePreventionPlan, SafetyPlan, AftercarePlan {
  /**
   * The plan's kind.
   *
   * @return never {@code null}
   */
  PlanKind kind();
}
