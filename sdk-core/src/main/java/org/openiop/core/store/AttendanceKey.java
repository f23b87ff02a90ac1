package org.openiop.core.store;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.SessionId;
import org.openiop.core.program.Attendance;

/**
 * The key of an attendance record: the session and the person's id.
 *
 * @param session the session; never {@code null}
 * @param person the participant's or support person's id string; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AttendanceKey(SessionId session, String person) implements Comparable<AttendanceKey> {

  /** Checks presence. */
  public AttendanceKey {
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(person, "person == null");
  }

  /**
   * The key of a record.
   *
   * @param attendance the record; never {@code null}
   * @return its key
   */
  public static AttendanceKey of(Attendance attendance) {
    Objects.requireNonNull(attendance, "attendance == null");
    return new AttendanceKey(attendance.session(), attendance.person().value());
  }

  @Override
  public int compareTo(AttendanceKey other) {
    int c = session.compareTo(other.session);
    return c != 0 ? c : person.compareTo(other.person);
  }

  @Override
  public String toString() {
    return session + "/" + person;
  }
}
