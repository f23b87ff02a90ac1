package org.openiop.crypto.keys;

import org.apiguardian.api.API;

/**
 * The key was revoked by the directory authority: nothing is sealed to it and signatures by it are
 * refused.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KeyRevokedException extends UntrustedKeyException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names principals and key ids only
   */
  public KeyRevokedException(String message) {
    super(message);
  }
}
