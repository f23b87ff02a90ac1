package org.openiop.crypto.keys;

import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * A public key could not be trusted: no attested bundle, a bad attestation, a principal mismatch,
 * or a revoked key. Nothing was sealed to, or accepted from, that key. Messages name principals and
 * key ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UntrustedKeyException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message names principals and key ids only
   */
  public UntrustedKeyException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message names principals and key ids only
   * @param cause the underlying failure
   */
  public UntrustedKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
