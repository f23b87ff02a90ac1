package org.openiop.core.privacy.access;

import org.apiguardian.api.API;
import org.openiop.core.privacy.audit.AuditAction;

/**
 * What a principal wants to do with a resource.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Action {
  /** View, download, export or otherwise receive. */
  READ(AuditAction.READ),
  /** Create a new record (a note, a message, a plan). */
  CREATE(AuditAction.CREATE),
  /** Change an existing record (sign, add an addendum, update a plan). */
  UPDATE(AuditAction.UPDATE);

  private final AuditAction auditAction;

  Action(AuditAction auditAction) {
    this.auditAction = auditAction;
  }

  /**
   * The FHIR action recorded in the audit trail.
   *
   * @return never {@code null}
   */
  public AuditAction auditAction() {
    return auditAction;
  }
}
