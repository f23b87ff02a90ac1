package org.openiop.core.schedule;

import org.apiguardian.api.API;

/**
 * How serious a rule violation is.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Severity {
  /** The change must not be made: the ledger refuses it and the planner never produces it. */
  ERROR,
  /** The change is allowed but someone should look at it. */
  WARNING
}
