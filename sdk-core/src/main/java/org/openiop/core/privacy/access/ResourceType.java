package org.openiop.core.privacy.access;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.privacy.ReleaseCategory;

/**
 * The kinds of record the policy knows, each with the family-release category that can cover it and
 * whether it is clinical content.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ResourceType {
  /** Session times and the program schedule. */
  SCHEDULE("schedule", ReleaseCategory.SCHEDULE, false),
  /** Attendance records. */
  ATTENDANCE("attendance", ReleaseCategory.ATTENDANCE, false),
  /** Measures, answers and scores (PHQ-9, GAD-7, ...). */
  MEASURES("measures", ReleaseCategory.PROGRESS, true),
  /** The treatment plan. */
  TREATMENT_PLAN("treatment-plan", ReleaseCategory.PLANS, true),
  /** The relapse-prevention plan. */
  RELAPSE_PREVENTION_PLAN("relapse-prevention-plan", ReleaseCategory.PLANS, true),
  /** The safety plan. */
  SAFETY_PLAN("safety-plan", ReleaseCategory.PLANS, true),
  /** Progress notes, including a member's extract of a group note. */
  PROGRESS_NOTE("progress-note", null, true),
  /** Psychotherapy (process) notes, kept separate. */
  PSYCHOTHERAPY_NOTE("psychotherapy-note", null, true),
  /** Secure messages between participant and care team. */
  MESSAGES("messages", null, true),
  /** The audit log itself. */
  AUDIT_LOG("audit-log", null, false);

  private final String code;
  private final @Nullable ReleaseCategory releaseCategory;
  private final boolean clinical;

  ResourceType(String code, @Nullable ReleaseCategory releaseCategory, boolean clinical) {
    this.code = code;
    this.releaseCategory = releaseCategory;
    this.clinical = clinical;
  }

  /**
   * The audit code.
   *
   * @return never {@code null}
   */
  public String code() {
    return code;
  }

  /**
   * The family-release category that can cover this kind, or {@code null} if a family release never
   * covers it (notes and messages hold session content).
   *
   * @return the category, or {@code null}
   */
  public @Nullable ReleaseCategory releaseCategory() {
    return releaseCategory;
  }

  /**
   * Whether this is clinical content (withheld from admins under minimum necessary).
   *
   * @return true if clinical
   */
  public boolean clinical() {
    return clinical;
  }
}
