package org.openiop.core.program;

import org.apiguardian.api.API;

/**
 * How a person attended a session.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AttendanceStatus {
  /** Attended throughout. */
  PRESENT,
  /** Joined late. */
  LATE,
  /** Left before the end. */
  LEFT_EARLY,
  /** Absent with notice accepted by the program. */
  EXCUSED_ABSENCE,
  /** Absent without notice. */
  NO_SHOW,
  /** Could not attend (fully or partly) because the technology failed. */
  TECHNICAL_FAILURE;

  /**
   * Whether the person was absent throughout, so no minutes can be credited.
   *
   * @return true for {@link #EXCUSED_ABSENCE} and {@link #NO_SHOW}
   */
  public boolean isAbsence() {
    return this == EXCUSED_ABSENCE || this == NO_SHOW;
  }
}
