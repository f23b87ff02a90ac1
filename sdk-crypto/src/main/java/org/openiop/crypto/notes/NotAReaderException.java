package org.openiop.crypto.notes;

import org.apiguardian.api.API;

/**
 * The note has no wrapper for this reader's principal and keys (never a reader, removed in a later
 * version, or holding only keys the note was not sealed to).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NotAReaderException extends SealedNoteException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message ids only
   */
  public NotAReaderException(String message) {
    super(message);
  }
}
