package org.openiop.core.interop;

import java.net.URI;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.program.Session;

/**
 * One session as it goes into a calendar: the session, its revision and an optional join link.
 *
 * <p>{@code sequence} is the RFC 5545 SEQUENCE: 0 when first booked, bumped by one each time the
 * session is rescheduled or cancelled, so calendar clients replace the old copy instead of adding a
 * second event.
 *
 * @param session the session; never {@code null}
 * @param sequence the revision, 0 or more
 * @param joinLink the {@code https} link to join the video session, or {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CalendarEntry(Session session, int sequence, @Nullable URI joinLink) {

  /** Checks presence, the sequence and the link's scheme. */
  public CalendarEntry {
    Objects.requireNonNull(session, "session == null");
    if (sequence < 0) {
      throw InvalidInputException.of("sequence", "must be 0 or more");
    }
    if (joinLink != null && !"https".equals(joinLink.getScheme())) {
      throw InvalidInputException.of("joinLink", "must be an https URL");
    }
  }

  /**
   * A newly booked session (sequence 0).
   *
   * @param session the session; never {@code null}
   * @param joinLink the join link, or {@code null}
   * @return the entry
   */
  public static CalendarEntry booked(Session session, @Nullable URI joinLink) {
    return new CalendarEntry(session, 0, joinLink);
  }

  /**
   * The next revision after a reschedule or cancellation: the new session state, sequence + 1.
   *
   * @param changed the session as it now stands (same id); never {@code null}
   * @return the entry
   * @throws IllegalArgumentException if {@code changed} is another session
   */
  public CalendarEntry revised(Session changed) {
    Objects.requireNonNull(changed, "changed == null");
    if (!changed.id().equals(session.id())) {
      throw new IllegalArgumentException("changed is another session");
    }
    return new CalendarEntry(changed, sequence + 1, joinLink);
  }
}
