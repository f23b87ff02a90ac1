package org.openiop.core.program;

import org.apiguardian.api.API;

/**
 * Where a session is in its life.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SessionStatus {
  /** Proposed, not yet confirmed. */
  PLANNED,
  /** Booked and confirmed. */
  SCHEDULED,
  /** Under way. */
  IN_PROGRESS,
  /** Held. */
  COMPLETED,
  /** Called off. */
  CANCELLED
}
