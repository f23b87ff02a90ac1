package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;

/**
 * How the audited action ended, as the FHIR R4 {@code AuditEvent.outcome} code.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AuditOutcome {
  /** The action succeeded (FHIR {@code 0}). */
  SUCCESS("0"),
  /** The action was refused by policy (FHIR {@code 4}, minor failure). */
  DENIED("4"),
  /** The action failed (FHIR {@code 8}, serious failure). */
  FAILURE("8");

  private final String fhirCode;

  AuditOutcome(String fhirCode) {
    this.fhirCode = fhirCode;
  }

  /**
   * The FHIR {@code AuditEvent.outcome} code.
   *
   * @return {@code 0}, {@code 4} or {@code 8}
   */
  public String fhirCode() {
    return fhirCode;
  }

  static AuditOutcome fromFhirCode(String code) {
    for (AuditOutcome o : values()) {
      if (o.fhirCode.equals(code)) {
        return o;
      }
    }
    throw new IllegalArgumentException("unknown outcome code");
  }
}
