package org.openiop.video.readiness;

import org.apiguardian.api.API;

/**
 * The kinds of session with different technical and privacy needs.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum SessionKind {
  /** Group therapy: several video streams down, and other members' disclosures to protect. */
  GROUP_THERAPY,
  /** One participant and one clinician. */
  INDIVIDUAL_THERAPY,
  /** A participant with family or support people, often sharing one device. */
  FAMILY_SESSION,
  /** Psychoeducation: mostly listening, video helpful but not essential. */
  PSYCHOEDUCATION
}
