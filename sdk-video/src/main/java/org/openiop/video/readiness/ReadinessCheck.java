package org.openiop.video.readiness;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.readiness.Readiness.Reason;
import org.openiop.video.readiness.Readiness.Verdict;

/**
 * Decides whether a device report is ready for a kind of session.
 *
 * <p>The order of the decision: a missing private space or required headphones is {@link
 * Verdict#NOT_READY} (no technical fallback protects privacy); otherwise, if audio cannot work
 * (microphone, speaker, audio bandwidth, delay, jitter, loss) the answer is {@link
 * Verdict#PHONE_FALLBACK}; otherwise, if video cannot work, {@link Verdict#AUDIO_ONLY}; otherwise
 * {@link Verdict#READY}. Every missed limit is listed as a reason. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ReadinessCheck {
  private final Map<SessionKind, ReadinessThresholds> thresholds;

  private ReadinessCheck(Map<SessionKind, ReadinessThresholds> thresholds) {
    this.thresholds = Map.copyOf(thresholds);
  }

  /**
   * A check with {@link ReadinessThresholds#defaults} for every kind.
   *
   * @return the check
   */
  public static ReadinessCheck withDefaults() {
    Map<SessionKind, ReadinessThresholds> map = new EnumMap<>(SessionKind.class);
    for (SessionKind kind : SessionKind.values()) {
      map.put(kind, ReadinessThresholds.defaults(kind));
    }
    return new ReadinessCheck(map);
  }

  /**
   * A copy with other thresholds for one kind.
   *
   * @param kind never {@code null}
   * @param limits never {@code null}
   * @return the new check
   */
  public ReadinessCheck with(SessionKind kind, ReadinessThresholds limits) {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(limits, "limits == null");
    Map<SessionKind, ReadinessThresholds> map = new EnumMap<>(thresholds);
    map.put(kind, limits);
    return new ReadinessCheck(map);
  }

  /**
   * The thresholds used for a kind.
   *
   * @param kind never {@code null}
   * @return the thresholds
   */
  public ReadinessThresholds thresholds(SessionKind kind) {
    return thresholds.get(Objects.requireNonNull(kind, "kind == null"));
  }

  /**
   * Assesses a report.
   *
   * @param report never {@code null}
   * @param kind never {@code null}
   * @return the verdict with reasons
   */
  public Readiness assess(DeviceReport report, SessionKind kind) {
    Objects.requireNonNull(report, "report == null");
    ReadinessThresholds t = thresholds(kind);
    List<Reason> blocking = new ArrayList<>();
    if (t.requirePrivateSpace() && !report.privateQuietSpace()) {
      blocking.add(Reason.NO_PRIVATE_SPACE);
    }
    if (t.requireHeadphones() && !report.headphones()) {
      blocking.add(Reason.NO_HEADPHONES);
    }
    List<Reason> audio = new ArrayList<>();
    if (!report.microphone()) {
      audio.add(Reason.NO_MICROPHONE);
    }
    if (!report.speaker()) {
      audio.add(Reason.NO_SPEAKER);
    }
    if (report.uploadKbps() < t.audioUpKbps() || report.downloadKbps() < t.audioDownKbps()) {
      audio.add(Reason.AUDIO_BANDWIDTH_LOW);
    }
    if (report.roundTrip().compareTo(t.audioMaxRoundTrip()) > 0
        || report.jitter().compareTo(t.audioMaxJitter()) > 0
        || report.lossPercent() > t.audioMaxLossPercent()) {
      audio.add(Reason.AUDIO_NETWORK_POOR);
    }
    List<Reason> video = new ArrayList<>();
    if (!report.camera()) {
      video.add(Reason.NO_CAMERA);
    }
    if (report.uploadKbps() < t.videoUpKbps() || report.downloadKbps() < t.videoDownKbps()) {
      video.add(Reason.VIDEO_BANDWIDTH_LOW);
    }
    if (report.roundTrip().compareTo(t.videoMaxRoundTrip()) > 0
        || report.jitter().compareTo(t.videoMaxJitter()) > 0
        || report.lossPercent() > t.videoMaxLossPercent()) {
      video.add(Reason.VIDEO_NETWORK_POOR);
    }
    List<Reason> reasons = new ArrayList<>(blocking);
    reasons.addAll(audio);
    reasons.addAll(video);
    Verdict verdict =
        !blocking.isEmpty()
            ? Verdict.NOT_READY
            : !audio.isEmpty()
                ? Verdict.PHONE_FALLBACK
                : !video.isEmpty() ? Verdict.AUDIO_ONLY : Verdict.READY;
    return new Readiness(verdict, reasons);
  }
}
