package org.openiop.core.privacy.audit;

import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * An audit log failed its integrity check when it was opened (torn last line, truncated below its
 * signed head, broken last entry); appending to it would hide the damage, so it is refused.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AuditLogTamperedException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /** The first problem found; a record, which is serializable. */
  @SuppressWarnings("serial")
  private final AuditProblem problem;

  /**
   * Creates the exception for a problem.
   *
   * @param problem the first problem found; never {@code null}
   */
  public AuditLogTamperedException(AuditProblem problem) {
    super("audit log failed its integrity check: " + problem);
    this.problem = problem;
  }

  /**
   * The first problem found.
   *
   * @return never {@code null}
   */
  public AuditProblem problem() {
    return problem;
  }
}
