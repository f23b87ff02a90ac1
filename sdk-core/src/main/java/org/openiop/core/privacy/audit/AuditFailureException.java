package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;
import org.openiop.core.OpenIopException;

/**
 * An audit event could not be recorded; the operation that needed it must not proceed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AuditFailureException extends OpenIopException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, with ids only
   * @param cause the underlying failure
   */
  public AuditFailureException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message what failed, with ids only
   */
  public AuditFailureException(String message) {
    super(message);
  }
}
