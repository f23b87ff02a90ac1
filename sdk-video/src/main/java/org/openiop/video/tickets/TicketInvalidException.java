package org.openiop.video.tickets;

import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * A join ticket failed verification: bad signature, wrong room or issuer, expired, or malformed.
 *
 * <p>The message says which check failed, never the token.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TicketInvalidException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message which check failed
   */
  public TicketInvalidException(String message) {
    super(message);
  }
}
