package org.openiop.core.schedule;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;

/**
 * A domain event: the ledger accepted a change. Ids and times only, no PHI.
 *
 * @param kind what happened; never {@code null}
 * @param sessionId the session; never {@code null}
 * @param before the entry before, or {@code null} for a new session
 * @param after the entry after, or {@code null} for a cancelled session
 * @param at when the ledger committed it, from its clock; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BookingEvent(
    Kind kind,
    SessionId sessionId,
    @Nullable LedgerEntry before,
    @Nullable LedgerEntry after,
    Instant at) {

  /** What kind of change was committed. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A session was put on the calendar. */
    SESSION_CREATED,
    /** A person was booked into a session. */
    BOOKED,
    /** A person's booking was cancelled. */
    BOOKING_CANCELLED,
    /** A session moved to another time. */
    RESCHEDULED,
    /** A whole session was cancelled. */
    SESSION_CANCELLED
  }

  /** Checks the parts. */
  public BookingEvent {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(sessionId, "sessionId == null");
    Objects.requireNonNull(at, "at == null");
  }
}
