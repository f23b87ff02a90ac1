package org.openiop.core.schedule;

import org.apiguardian.api.API;

/**
 * Receives the ledger's domain events after each commit, for example to send reminders or to
 * publish to a message bus.
 *
 * <p>Callbacks run on the booking thread after the commit: they must be fast, must not block and
 * must not throw (an exception is logged by session id and otherwise ignored; the commit stands).
 * Implementations must be safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface BookingListener {
  /** A listener that ignores every event. */
  BookingListener NONE = event -> {};

  /**
   * Called once per committed change.
   *
   * @param event the event; never {@code null}
   */
  void onEvent(BookingEvent event);
}
