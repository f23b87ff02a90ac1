package org.openiop.crypto.notes;

import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * A sealed note could not be opened or changed. Subclasses say why; nothing was decrypted. Messages
 * name note ids, principals and key ids only, never content.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SealedNoteException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message ids only
   */
  public SealedNoteException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message ids only
   * @param cause the underlying failure
   */
  public SealedNoteException(String message, Throwable cause) {
    super(message, cause);
  }
}
