package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;

/**
 * Why PHI was used, as an HL7 v3 {@code PurposeOfUse} code (FHIR {@code
 * AuditEvent.purposeOfEvent}).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PurposeOfUse {
  /** Treatment ({@code TREAT}). */
  TREATMENT("TREAT"),
  /** Emergency treatment, used for break-glass access ({@code ETREAT}). */
  EMERGENCY_TREATMENT("ETREAT"),
  /** Payment ({@code HPAYMT}). */
  PAYMENT("HPAYMT"),
  /** Health care operations, e.g. scheduling ({@code HOPERAT}). */
  OPERATIONS("HOPERAT"),
  /** The patient's own request, e.g. viewing their own record ({@code PATRQT}). */
  PATIENT_REQUEST("PATRQT"),
  /** A disclosure to family under the patient's release ({@code FAMRQT}). */
  FAMILY_REQUEST("FAMRQT"),
  /** Compliance and audit review ({@code HCOMPL}). */
  COMPLIANCE("HCOMPL");

  private final String code;

  PurposeOfUse(String code) {
    this.code = code;
  }

  /**
   * The HL7 v3 {@code PurposeOfUse} code.
   *
   * @return never {@code null}
   */
  public String code() {
    return code;
  }

  static PurposeOfUse fromCode(String code) {
    for (PurposeOfUse p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown purpose code");
  }
}
