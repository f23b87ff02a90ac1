package org.openiop.core.privacy.access;

import org.apiguardian.api.API;

/**
 * The role a principal acts in; its code is what the audit trail records.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Role {
  /** A person receiving care; sees their own record. */
  PARTICIPANT("participant"),
  /** A family member or other support person; sees what an active family release covers. */
  SUPPORT_PERSON("support-person"),
  /** A clinician; sees participants on their care team. */
  CLINICIAN("clinician"),
  /** A program administrator; sees schedules and attendance, not clinical content. */
  PROGRAM_ADMIN("program-admin"),
  /** A privacy or compliance auditor; sees the audit log only. */
  AUDITOR("auditor");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /**
   * The audit code.
   *
   * @return never {@code null}
   */
  public String code() {
    return code;
  }
}
