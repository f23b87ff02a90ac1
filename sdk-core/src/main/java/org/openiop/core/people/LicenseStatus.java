package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * The standing of a licence or compact privilege.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum LicenseStatus {
  /** In good standing. */
  ACTIVE,
  /** Active with conditions (e.g. probation); practice is allowed within them. */
  ACTIVE_WITH_CONDITIONS,
  /** Not active (lapsed or voluntarily inactive). */
  INACTIVE,
  /** Suspended by the board. */
  SUSPENDED,
  /** Revoked by the board. */
  REVOKED,
  /** Past its end date and not renewed. */
  EXPIRED;

  /**
   * Whether this status allows practice.
   *
   * @return true for {@link #ACTIVE} and {@link #ACTIVE_WITH_CONDITIONS}
   */
  public boolean permitsPractice() {
    return this == ACTIVE || this == ACTIVE_WITH_CONDITIONS;
  }
}
