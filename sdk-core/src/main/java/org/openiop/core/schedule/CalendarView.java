package org.openiop.core.schedule;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

/**
 * Read access to a calendar of booked sessions, which is what rules check a change against.
 *
 * <p>Implementations must be safe for concurrent use. Lookups answer from an index, not a scan.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CalendarView {

  /**
   * The session stored under {@code sessionId}.
   *
   * @param sessionId the session; never {@code null}
   * @return the entry, or empty if the calendar does not hold it
   */
  Optional<LedgerEntry> entry(SessionId sessionId);

  /**
   * The sessions {@code person} is booked into that overlap {@code window}, in order of start.
   *
   * @param person a participant, clinician or support person; never {@code null}
   * @param window the time to look at; never {@code null}
   * @return the entries, possibly empty
   */
  List<LedgerEntry> entriesOf(TypedId person, TimeSlot window);
}
