package org.openiop.crypto.notes;

import org.apiguardian.api.API;

/**
 * The envelope is malformed or does not authenticate: a changed header, ciphertext, wrapper or
 * signature, a wrapper moved from another note, or truncated bytes.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoteTamperedException extends SealedNoteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message ids only
   */
  public NoteTamperedException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message ids only
   * @param cause the underlying failure
   */
  public NoteTamperedException(String message, Throwable cause) {
    super(message, cause);
  }
}
