package org.openiop.video.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openiop.core.InvalidInputException;
import org.openiop.video.readiness.Readiness.Reason;
import org.openiop.video.readiness.Readiness.Verdict;

class ReadinessCheckTest {
  static final ReadinessCheck CHECK = ReadinessCheck.withDefaults();

  static DeviceReport good() {
    return new DeviceReport(
        true,
        true,
        true,
        2000,
        4000,
        Duration.ofMillis(80),
        Duration.ofMillis(10),
        0.5,
        true,
        true);
  }

  @Test
  void aGoodSetUpIsReadyForEveryKind() {
    for (SessionKind kind : SessionKind.values()) {
      assertThat(CHECK.assess(good(), kind))
          .isEqualTo(new Readiness(Verdict.READY, java.util.List.of()));
    }
  }

  @Test
  void groupTherapyNeedsHeadphonesButIndividualTherapyDoesNot() {
    DeviceReport noHeadphones =
        new DeviceReport(
            true,
            true,
            true,
            2000,
            4000,
            Duration.ofMillis(80),
            Duration.ofMillis(10),
            0.5,
            true,
            false);
    assertThat(CHECK.assess(noHeadphones, SessionKind.GROUP_THERAPY))
        .isEqualTo(new Readiness(Verdict.NOT_READY, java.util.List.of(Reason.NO_HEADPHONES)));
    assertThat(CHECK.assess(noHeadphones, SessionKind.INDIVIDUAL_THERAPY).verdict())
        .isEqualTo(Verdict.READY);
  }

  @Test
  void aWeakLinkFallsBackToAudioAndThenToThePhone() {
    DeviceReport weak =
        new DeviceReport(
            true,
            true,
            true,
            300,
            1000,
            Duration.ofMillis(350),
            Duration.ofMillis(20),
            1,
            true,
            true);
    assertThat(CHECK.assess(weak, SessionKind.GROUP_THERAPY))
        .isEqualTo(
            new Readiness(
                Verdict.AUDIO_ONLY,
                java.util.List.of(Reason.VIDEO_BANDWIDTH_LOW, Reason.VIDEO_NETWORK_POOR)));
    DeviceReport awful =
        new DeviceReport(
            true,
            true,
            true,
            40,
            60,
            Duration.ofMillis(900),
            Duration.ofMillis(20),
            12,
            true,
            true);
    assertThat(CHECK.assess(awful, SessionKind.INDIVIDUAL_THERAPY).verdict())
        .isEqualTo(Verdict.PHONE_FALLBACK);
    assertThat(CHECK.assess(awful, SessionKind.INDIVIDUAL_THERAPY).reasons())
        .containsExactly(
            Reason.AUDIO_BANDWIDTH_LOW,
            Reason.AUDIO_NETWORK_POOR,
            Reason.VIDEO_BANDWIDTH_LOW,
            Reason.VIDEO_NETWORK_POOR);
  }

  @Test
  void noPrivateSpaceIsNotReadyWhateverTheNetwork() {
    DeviceReport open =
        new DeviceReport(
            true,
            true,
            true,
            2000,
            4000,
            Duration.ofMillis(80),
            Duration.ofMillis(10),
            0.5,
            false,
            true);
    assertThat(CHECK.assess(open, SessionKind.PSYCHOEDUCATION).verdict())
        .isEqualTo(Verdict.NOT_READY);
  }

  @Test
  void impossibleMeasurementsAreRefusedByPath() {
    assertThatThrownBy(
            () ->
                new DeviceReport(
                    true, true, true, -1, 0, Duration.ZERO, Duration.ofMillis(-1), 101, true, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: jitter: must not be negative; lossPercent: must be between 0 and 100; uploadKbps: must not be negative");
  }
}
