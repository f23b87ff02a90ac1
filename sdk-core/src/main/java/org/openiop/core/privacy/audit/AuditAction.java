package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;

/**
 * What the actor did, as the FHIR R4 {@code AuditEvent.action} code (C, R, U, D, E).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AuditAction {
  /** Create: a new record was written. */
  CREATE("C"),
  /** Read: a record was viewed, printed, copied or disclosed. */
  READ("R"),
  /** Update: a record was changed (an addendum, a signature). */
  UPDATE("U"),
  /** Delete: a record was removed. */
  DELETE("D"),
  /** Execute: an operation that is not a plain CRUD (an access decision, a break-glass grant). */
  EXECUTE("E");

  private final String fhirCode;

  AuditAction(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /**
   * The FHIR {@code AuditEvent.action} code.
   *
   * @return one of C, R, U, D, E
   */
  public String fhirCode() {
    return fhirCode;
  }

  static AuditAction fromFhirCode(String code) {
    for (AuditAction a : values()) {
      if (a.fhirCode.equals(code)) {
        return a;
      }
    }
    throw new IllegalArgumentException("unknown action code");
  }
}
