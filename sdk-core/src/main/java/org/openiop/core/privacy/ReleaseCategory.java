package org.openiop.core.privacy;

import org.apiguardian.api.API;

/**
 * A category of information a family release may cover.
 *
 * <p>There is deliberately no category for psychotherapy notes: they are never releasable under a
 * family release, so the type cannot express it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ReleaseCategory {
  /** Session times and the program schedule. */
  SCHEDULE,
  /** Whether the participant attended. */
  ATTENDANCE,
  /** Treatment, safety and relapse-prevention plans. */
  PLANS,
  /** Progress in treatment (measures, milestones), not session content. */
  PROGRESS
}
