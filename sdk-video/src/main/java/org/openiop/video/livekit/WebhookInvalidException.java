package org.openiop.video.livekit;

import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * A LiveKit webhook failed verification: bad or missing signature, wrong key, expired, or a body
 * that does not match the signed digest. The message names the failed check, never the token.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookInvalidException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message which check failed
   */
  public WebhookInvalidException(String message) {
    super(message);
  }
}
