package org.openiop.video.readiness;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Limits for one kind of session.
 *
 * @param videoUpKbps least upload for video
 * @param videoDownKbps least download for video (all the streams a person receives)
 * @param audioUpKbps least upload for audio
 * @param audioDownKbps least download for audio
 * @param videoMaxRoundTrip most round-trip time for video; never {@code null}
 * @param audioMaxRoundTrip most round-trip time for audio; never {@code null}
 * @param videoMaxJitter most jitter for video; never {@code null}
 * @param audioMaxJitter most jitter for audio; never {@code null}
 * @param videoMaxLossPercent most loss for video
 * @param audioMaxLossPercent most loss for audio
 * @param requirePrivateSpace whether a private, quiet space is required
 * @param requireHeadphones whether headphones are required (protects other group members)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReadinessThresholds(
    int videoUpKbps,
    int videoDownKbps,
    int audioUpKbps,
    int audioDownKbps,
    Duration videoMaxRoundTrip,
    Duration audioMaxRoundTrip,
    Duration videoMaxJitter,
    Duration audioMaxJitter,
    double videoMaxLossPercent,
    double audioMaxLossPercent,
    boolean requirePrivateSpace,
    boolean requireHeadphones) {

  /** Checks for nulls and that video never asks for less than audio. */
  public ReadinessThresholds {
    Objects.requireNonNull(videoMaxRoundTrip, "videoMaxRoundTrip == null");
    Objects.requireNonNull(audioMaxRoundTrip, "audioMaxRoundTrip == null");
    Objects.requireNonNull(videoMaxJitter, "videoMaxJitter == null");
    Objects.requireNonNull(audioMaxJitter, "audioMaxJitter == null");
    if (videoUpKbps < audioUpKbps
        || videoDownKbps < audioDownKbps
        || videoMaxRoundTrip.compareTo(audioMaxRoundTrip) > 0
        || videoMaxJitter.compareTo(audioMaxJitter) > 0
        || videoMaxLossPercent > audioMaxLossPercent) {
      throw new IllegalArgumentException("video limits must be at least as strict as audio limits");
    }
  }

  /**
   * The defaults for a kind of session. Group therapy needs the most download (a grid of streams)
   * and requires headphones, so other members' disclosures are not overheard; every kind requires a
   * private, quiet space.
   *
   * @param kind never {@code null}
   * @return the thresholds
   */
  public static ReadinessThresholds defaults(SessionKind kind) {
    Objects.requireNonNull(kind, "kind == null");
    Duration rttVideo = Duration.ofMillis(300);
    Duration rttAudio = Duration.ofMillis(500);
    Duration jitterVideo = Duration.ofMillis(30);
    Duration jitterAudio = Duration.ofMillis(50);
    return switch (kind) {
      case GROUP_THERAPY ->
          new ReadinessThresholds(
              600, 1500, 64, 96, rttVideo, rttAudio, jitterVideo, jitterAudio, 3, 8, true, true);
      case INDIVIDUAL_THERAPY ->
          new ReadinessThresholds(
              600, 600, 64, 64, rttVideo, rttAudio, jitterVideo, jitterAudio, 3, 8, true, false);
      case FAMILY_SESSION ->
          new ReadinessThresholds(
              600, 1000, 64, 80, rttVideo, rttAudio, jitterVideo, jitterAudio, 3, 8, true, false);
      case PSYCHOEDUCATION ->
          new ReadinessThresholds(
              300, 800, 48, 64, rttVideo, rttAudio, jitterVideo, jitterAudio, 5, 10, true, false);
    };
  }
}
