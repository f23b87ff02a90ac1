package org.openiop.core.engage;

import org.apiguardian.api.API;

/**
 * What an engagement signal is about.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SignalKind {
  /** Consecutive no-shows reached the policy's streak; an outreach task is opened. */
  NO_SHOW_STREAK,
  /** Attendance in the latest window fell well below the window before. */
  ATTENDANCE_FALLING,
  /** A weekly measure was not completed last week. */
  MEASURE_MISSED,
  /** Service received last week was below the program's weekly minimum. */
  BELOW_WEEKLY_HOURS,
  /** The participant attended again after an absence: greet them, do not scold. */
  WELCOME_BACK,
  /** An assignment is past its due date and not completed. */
  ASSIGNMENT_OVERDUE
}
