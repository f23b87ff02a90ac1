package org.openiop.video.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ReadinessProperties {
  @Provide
  Arbitrary<DeviceReport> reports() {
    Arbitrary<Boolean> b = Arbitraries.of(true, false);
    return Combinators.combine(
            Combinators.combine(b, b, b, b, b).as((c, m, s, p, h) -> new boolean[] {c, m, s, p, h}),
            Arbitraries.integers().between(0, 5000),
            Arbitraries.integers().between(0, 5000),
            Arbitraries.integers().between(0, 1500),
            Arbitraries.integers().between(0, 200),
            Arbitraries.doubles().between(0, 30))
        .as(
            (f, up, down, rtt, jitter, loss) ->
                new DeviceReport(
                    f[0],
                    f[1],
                    f[2],
                    up,
                    down,
                    Duration.ofMillis(rtt),
                    Duration.ofMillis(jitter),
                    loss,
                    f[3],
                    f[4]));
  }

  @Property
  void aBetterNetworkNeverGivesAWorseVerdict(
      @ForAll("reports") DeviceReport r, @ForAll SessionKind kind) {
    ReadinessCheck check = ReadinessCheck.withDefaults();
    DeviceReport better =
        new DeviceReport(
            r.camera(),
            r.microphone(),
            r.speaker(),
            r.uploadKbps() * 2,
            r.downloadKbps() * 2,
            r.roundTrip().dividedBy(2),
            r.jitter().dividedBy(2),
            r.lossPercent() / 2,
            r.privateQuietSpace(),
            r.headphones());
    assertThat(check.assess(better, kind).verdict())
        .isLessThanOrEqualTo(check.assess(r, kind).verdict());
  }

  @Property
  void readyMeansNoReasonAndEveryOtherVerdictHasOne(
      @ForAll("reports") DeviceReport r, @ForAll SessionKind kind) {
    Readiness answer = ReadinessCheck.withDefaults().assess(r, kind);
    assertThat(answer.reasons().isEmpty()).isEqualTo(answer.verdict() == Readiness.Verdict.READY);
  }
}
