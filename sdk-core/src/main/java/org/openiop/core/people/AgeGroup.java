package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * The population a person or program belongs to; ASAM sets different weekly-hour floors for each.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AgeGroup {
  /** Eighteen or older. */
  ADULT,
  /** Roughly twelve to seventeen; programs set their own bounds. */
  ADOLESCENT
}
