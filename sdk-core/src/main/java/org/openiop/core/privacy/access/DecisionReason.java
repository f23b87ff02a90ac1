package org.openiop.core.privacy.access;

import org.apiguardian.api.API;

/**
 * Why the policy permitted or denied; the code goes into the audit trail.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DecisionReason {
  /** Permit: a participant's own record. */
  OWN_RECORD("own-record"),
  /** Deny: another participant's record. */
  NOT_OWN_RECORD("not-own-record"),
  /** Deny: psychotherapy notes are excluded from the right of access (45 CFR 164.524). */
  PSYCHOTHERAPY_NOTES_EXCLUDED("psychotherapy-notes-excluded"),
  /** Permit: the author of a psychotherapy note (45 CFR 164.508(a)(2)). */
  PSYCHOTHERAPY_NOTE_AUTHOR("psychotherapy-note-author"),
  /** Deny: only the author may use a psychotherapy note. */
  NOT_PSYCHOTHERAPY_NOTE_AUTHOR("not-psychotherapy-note-author"),
  /** Permit: an active family release covers the category. */
  FAMILY_RELEASE("family-release"),
  /** Deny: no active family release names this support person. */
  NO_ACTIVE_FAMILY_RELEASE("no-active-family-release"),
  /** Deny: the active family release does not cover this category. */
  CATEGORY_NOT_RELEASED("category-not-released"),
  /** Deny: no family release covers this kind (notes, messages, psychotherapy notes). */
  NOT_RELEASABLE_TO_FAMILY("not-releasable-to-family"),
  /** Permit: a clinician on the participant's care team. */
  CARE_TEAM_MEMBER("care-team-member"),
  /** Deny: the clinician is not on the participant's care team. */
  NOT_ON_CARE_TEAM("not-on-care-team"),
  /** Permit: time-limited emergency access (flagged for review). */
  BREAK_GLASS("break-glass"),
  /** Permit: an admin on schedules and attendance (operations). */
  ADMIN_OPERATIONS("admin-operations"),
  /** Deny: admins see no clinical content (minimum necessary, 45 CFR 164.502(b)). */
  MINIMUM_NECESSARY("minimum-necessary"),
  /** Permit: an auditor reads the audit log. */
  AUDITOR_AUDIT_LOG("auditor-audit-log"),
  /** Deny: only auditors read the audit log, and nobody writes it through the policy. */
  AUDIT_LOG_AUDITORS_ONLY("audit-log-auditors-only"),
  /** Deny: auditors see the audit log only. */
  AUDITOR_AUDIT_LOG_ONLY("auditor-audit-log-only"),
  /** Deny: this role may not change this kind of record. */
  READ_ONLY("read-only"),
  /** Deny: a 42 CFR Part 2 record needs an active Part 2 consent covering this recipient. */
  PART2_CONSENT_REQUIRED("part2-consent-required");

  private final String code;

  DecisionReason(String code) {
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
