package org.openiop.core.people;

import org.apiguardian.api.API;

/**
 * An accommodation a participant needs in sessions.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum AccessibilityNeed {
  /** Live captions in video sessions. */
  CAPTIONS,
  /** A sign-language interpreter. */
  SIGN_LANGUAGE_INTERPRETER,
  /** A spoken-language interpreter for the participant's preferred language. */
  SPOKEN_LANGUAGE_INTERPRETER,
  /** Materials that work with a screen reader. */
  SCREEN_READER,
  /** Large text in materials and the client UI. */
  LARGE_TEXT,
  /** Audio-only participation (no camera). */
  AUDIO_ONLY,
  /** Extra time for questionnaires and tasks. */
  EXTRA_TIME
}
