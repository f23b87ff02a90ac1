package org.openiop.core.engage;

import org.apiguardian.api.API;

/**
 * A {@link ReminderChannel} could not hand a reminder to its provider; the reminder stays pending
 * and is retried with the same idempotency key. Messages carry keys and ids, never reminder text.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReminderDeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * A failure with a message.
   *
   * @param message what failed, with ids only; never {@code null}
   */
  public ReminderDeliveryException(String message) {
    super(message);
  }

  /**
   * A failure with a message and a cause.
   *
   * @param message what failed, with ids only; never {@code null}
   * @param cause the cause; never {@code null}
   */
  public ReminderDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
