package org.openiop.core.program;

import org.apiguardian.api.API;

/**
 * A therapeutic approach a session uses and a clinician may be qualified in.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Modality {
  /** Cognitive behavioural therapy. */
  CBT,
  /** Dialectical behaviour therapy. */
  DBT,
  /** Motivational interviewing. */
  MI,
  /** Acceptance and commitment therapy. */
  ACT,
  /** Trauma-informed care. */
  TRAUMA_INFORMED,
  /** Trauma-focused therapy such as TF-CBT, CPT or prolonged exposure. */
  TRAUMA_FOCUSED,
  /** Eye movement desensitisation and reprocessing. */
  EMDR,
  /** Mindfulness-based approaches. */
  MINDFULNESS,
  /** Psychoeducation. */
  PSYCHOEDUCATION,
  /** Relapse prevention. */
  RELAPSE_PREVENTION,
  /** Family therapy and family systems work. */
  FAMILY_THERAPY,
  /** Medication management by a prescriber. */
  MEDICATION_MANAGEMENT,
  /** Peer support. */
  PEER_SUPPORT,
  /** Supportive or process-oriented therapy. */
  SUPPORTIVE
}
