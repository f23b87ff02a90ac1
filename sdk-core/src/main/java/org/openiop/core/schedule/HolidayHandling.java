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
   * Move the session to the same local time on the first open date after the closed one that has no
   * session from the same template, up to 14 days ahead and within the expanded range; if there is
   * none, skip it. Every move is reported.
   */
  MOVE_TO_NEXT_OPEN_DAY
}
