package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * Whether one compact privilege reaches every member jurisdiction or just one.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PrivilegeScope {
  /**
   * One credential reaches every member (PSYPACT's APIT, the NLC and Social Work Compact multistate
   * licences).
   */
  ALL_MEMBERS,
  /** A privilege is issued per remote jurisdiction (the Counseling Compact). */
  PER_JURISDICTION
}
