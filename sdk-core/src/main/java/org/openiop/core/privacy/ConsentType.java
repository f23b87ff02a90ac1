package org.openiop.core.privacy;

import org.apiguardian.api.API;

/**
 * What a consent covers.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ConsentType {
  /** Consent to receive care by video and phone. Required for admission. */
  TELEHEALTH,
  /**
   * An agreement to keep what is shared in groups confidential, signed by group members and by
   * staff. Required for a participant's admission.
   */
  CONFIDENTIALITY_AGREEMENT,
  /** Release of information to a support person, for chosen categories. */
  FAMILY_RELEASE,
  /** Consent to record sessions. */
  RECORDING,
  /** A 42 CFR Part 2 disclosure consent for substance use disorder records. */
  PART2_DISCLOSURE
}
