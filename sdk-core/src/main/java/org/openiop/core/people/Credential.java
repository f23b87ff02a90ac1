package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * A clinician's professional credential, which decides which licences and compacts apply.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Credential {
  /** Psychiatrist (MD/DO). */
  PSYCHIATRIST,
  /** Licensed psychologist (PhD/PsyD). */
  PSYCHOLOGIST,
  /** Licensed clinical social worker. */
  LCSW,
  /** Licensed professional counsellor. */
  LPC,
  /** Licensed mental health counsellor. */
  LMHC,
  /** Licensed marriage and family therapist. */
  LMFT,
  /** Psychiatric-mental health nurse practitioner. */
  PSYCHIATRIC_NP,
  /** Registered nurse. */
  RN,
  /** Licensed or certified alcohol and drug counsellor. */
  ADDICTION_COUNSELOR,
  /** Certified peer specialist. */
  PEER_SPECIALIST,
  /** Case manager. */
  CASE_MANAGER
}
