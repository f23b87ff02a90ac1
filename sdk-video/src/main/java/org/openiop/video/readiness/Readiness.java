package org.openiop.video.readiness;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The answer of a readiness check: what the person can do, and why not more.
 *
 * @param verdict the outcome; never {@code null}
 * @param reasons every limit the report missed, in a fixed order; empty only when ready; never
 *     {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Readiness(Verdict verdict, List<Reason> reasons) {

  /** The outcomes, best first. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Verdict {
    /** Video will work. */
    READY,
    /** Join with audio only. */
    AUDIO_ONLY,
    /** The connection cannot carry audio: dial in by phone. */
    PHONE_FALLBACK,
    /** Do not join yet: a requirement no fallback fixes (privacy, headphones). */
    NOT_READY
  }

  /** A missed limit. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Reason {
    /** No private, quiet space. */
    NO_PRIVATE_SPACE,
    /** No headphones where required. */
    NO_HEADPHONES,
    /** No working microphone. */
    NO_MICROPHONE,
    /** No working speaker. */
    NO_SPEAKER,
    /** Too little bandwidth for audio. */
    AUDIO_BANDWIDTH_LOW,
    /** Too much delay, jitter or loss for audio. */
    AUDIO_NETWORK_POOR,
    /** No working camera. */
    NO_CAMERA,
    /** Too little bandwidth for video. */
    VIDEO_BANDWIDTH_LOW,
    /** Too much delay, jitter or loss for video. */
    VIDEO_NETWORK_POOR
  }

  /** Copies the reasons and checks that only a ready answer has none. */
  public Readiness {
    Objects.requireNonNull(verdict, "verdict == null");
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons == null"));
    if ((verdict == Verdict.READY) != reasons.isEmpty()) {
      throw new IllegalArgumentException("only READY has no reasons");
    }
  }
}
