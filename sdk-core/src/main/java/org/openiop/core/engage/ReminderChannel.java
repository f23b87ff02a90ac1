package org.openiop.core.engage;

import org.apiguardian.api.API;

/**
 * Delivers reminders to people: SMS, push, e-mail or a webhook into the host's own messaging.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Implementations must be safe for concurrent use and may block (network I/O).
 *   <li>{@link Reminder#idempotencyKey()} identifies the reminder across retries: pass it on to the
 *       provider (e.g. as an {@code Idempotency-Key} header) so that a delivery retried after an
 *       ambiguous failure (a timeout after the provider accepted it) is not shown twice.
 *   <li>Return normally only when the provider accepted the reminder. Throw {@link
 *       ReminderDeliveryException} otherwise; the {@link ReminderService} keeps the reminder and
 *       retries it on the next dispatch with the same key.
 *   <li>Never log the reminder's text or the recipient's contact details; log the key and ids.
 * </ul>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ReminderChannel {
  /**
   * Sends one reminder.
   *
   * @param reminder the reminder; never {@code null}
   * @throws ReminderDeliveryException if the provider did not accept it
   */
  void deliver(Reminder reminder) throws ReminderDeliveryException;
}
