package org.openiop.core.notes;

import org.apiguardian.api.API;

/**
 * A section of a structured progress note.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum NoteSection {
  /** DAP: what was observed and said. */
  DATA,
  /** SOAP: the participant's own report. */
  SUBJECTIVE,
  /** SOAP: the clinician's observations and measures. */
  OBJECTIVE,
  /** BIRP: the participant's presentation and behaviour. */
  BEHAVIOR,
  /** BIRP: what the clinician did. */
  INTERVENTION,
  /** BIRP: how the participant responded. */
  RESPONSE,
  /** DAP and SOAP: the clinician's interpretation. */
  ASSESSMENT,
  /** DAP, SOAP and BIRP: next steps. */
  PLAN
}
