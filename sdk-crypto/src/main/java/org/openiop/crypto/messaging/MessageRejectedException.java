package org.openiop.crypto.messaging;

import java.security.GeneralSecurityException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A message or epoch record was refused; nothing was decrypted. Messages name ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MessageRejectedException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** A signature, the ciphertext or a wrapper does not authenticate. */
    TAMPERED,
    /** The sequence number was already accepted, or is older than one accepted (reordering). */
    REPLAYED,
    /** The sender or reader is not a member of that epoch. */
    NOT_A_MEMBER,
    /** The message belongs to another thread or epoch than the key offered. */
    WRONG_EPOCH
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why; never {@code null}
   * @param message ids only
   */
  public MessageRejectedException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param reason why; never {@code null}
   * @param message ids only
   * @param cause the underlying failure
   */
  public MessageRejectedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /**
   * Why the message was refused.
   *
   * @return never {@code null}
   */
  public Reason reason() {
    return reason;
  }
}
