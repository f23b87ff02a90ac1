package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * How a support person relates to the participant.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SupportRelation {
  /** Parent or step-parent. */
  PARENT,
  /** Legal guardian. */
  GUARDIAN,
  /** Spouse or partner. */
  SPOUSE_OR_PARTNER,
  /** Brother or sister. */
  SIBLING,
  /** Adult child. */
  CHILD,
  /** Other relative. */
  OTHER_FAMILY,
  /** Friend. */
  FRIEND,
  /** Anyone else the participant names. */
  OTHER
}
