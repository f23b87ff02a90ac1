package org.openiop.crypto.notes;

import org.apiguardian.api.API;

/**
 * The envelope names a format version or suite this library does not open (including a downgrade to
 * an older version).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnsupportedEnvelopeException extends SealedNoteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message ids only
   */
  public UnsupportedEnvelopeException(String message) {
    super(message);
  }
}
