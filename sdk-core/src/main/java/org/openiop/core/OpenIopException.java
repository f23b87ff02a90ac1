package org.openiop.core;

import org.apiguardian.api.API;

/**
 * The unchecked root of OpenIOP's own failures that a caller cannot reasonably recover from (broken
 * invariants inside the SDK, a store that returned impossible data).
 *
 * <p>Messages carry identifiers only, never protected health information.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class OpenIopException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that carries no PHI.
   *
   * @param message what went wrong, naming ids only; never {@code null}
   */
  public OpenIopException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message that carries no PHI and its cause.
   *
   * @param message what went wrong, naming ids only; never {@code null}
   * @param cause the underlying failure
   */
  public OpenIopException(String message, Throwable cause) {
    super(message, cause);
  }
}
