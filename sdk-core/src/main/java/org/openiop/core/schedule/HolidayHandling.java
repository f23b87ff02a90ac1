package org.openiop.core.schedule;

import org.apiguardian.api.API;

/**
 * What calendar expansion does with a session that falls on a closed date.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum HolidayHandling {
  /** Drop the session; the skip is reported so a make-up session can be added. */
  SKIP,
  /**
   * Move the session to the same local time on the next open date that has no session of the same
   * template, within the same week (Monday to Sunday) when possible, else to the next open date.
   */
  MOVE_TO_NEXT_OPEN_DAY
}
