package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;

class ProgressTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2026-02-02T09:00:00Z"));
  private final ParticipantId p = ParticipantId.of("par_progress");
  private final MeasurementService service =
      new MeasurementService(
          new RiskSignals(signal -> {}, CrisisResources.defaults(), clock, IdGenerator.seeded(2)),
          clock,
          ProgressCriteria.defaults());

  private void phq9Total(int total) {
    Integer[] a = new Integer[9];
    Arrays.fill(a, 0);
    for (int i = 0; i < 8 && total > 0; i++) {
      a[i] = Math.min(3, total);
      total -= a[i];
    }
    service.record(p, Instruments.PHQ_9, Arrays.asList(a), null);
  }

  @Test
  void reliableChangeThresholdsMatchTheNhsTalkingTherapiesCriteria() {
    // NHS Talking Therapies: reliable improvement is a PHQ-9 drop of 6 or more, GAD-7 of 4 or more.
    assertThat(ReliableChange.PHQ_9.threshold()).isCloseTo(5.056, within(0.001));
    assertThat(ReliableChange.PHQ_9.categorise(20, 15))
        .isEqualTo(ReliableChange.Category.NO_RELIABLE_CHANGE);
    assertThat(ReliableChange.PHQ_9.categorise(20, 14))
        .isEqualTo(ReliableChange.Category.RELIABLE_IMPROVEMENT);
    assertThat(ReliableChange.GAD_7.threshold()).isCloseTo(3.528, within(0.001));
    assertThat(ReliableChange.GAD_7.categorise(15, 12))
        .isEqualTo(ReliableChange.Category.NO_RELIABLE_CHANGE);
    assertThat(ReliableChange.GAD_7.categorise(15, 11))
        .isEqualTo(ReliableChange.Category.RELIABLE_IMPROVEMENT);
    assertThat(ReliableChange.GAD_7.categorise(5, 9))
        .isEqualTo(ReliableChange.Category.RELIABLE_DETERIORATION);
  }

  @Test
  void theJacobsonTruaxFormulaIsApplied() {
    ReliableChange rc = new ReliableChange(10, 0.75, "test");
    // S_diff = 10 * sqrt(2) * sqrt(0.25) = 7.0711; RCI = (10 - 30) / 7.0711 = -2.828
    assertThat(rc.standardErrorOfDifference()).isCloseTo(7.0711, within(0.0001));
    assertThat(rc.index(30, 10)).isCloseTo(-2.8284, within(0.0001));
  }

  @Test
  void responseRemissionAndReliableImprovementAcrossAnIopCourse() {
    phq9Total(18);
    clock.advance(Duration.ofDays(7));
    phq9Total(14);
    clock.advance(Duration.ofDays(7));
    phq9Total(9);
    clock.advance(Duration.ofDays(14));
    phq9Total(4);

    Progress progress = service.progress(p, Instruments.PHQ_9);
    assertThat(progress.points()).extracting(Progress.Point::total).containsExactly(18, 14, 9, 4);
    assertThat(progress.points())
        .extracting(Progress.Point::weeksFromBaseline)
        .containsExactly(0.0, 1.0, 2.0, 4.0);
    assertThat(progress.points())
        .extracting(Progress.Point::band)
        .containsExactly("moderately severe", "moderate", "mild", "none-minimal");
    assertThat(progress.change()).isEqualTo(-14);
    assertThat(progress.percentReduction()).isCloseTo(14 / 18.0, within(1e-9));
    assertThat(progress.response()).isTrue();
    assertThat(progress.remission()).isTrue();
    assertThat(progress.reliableChange()).isEqualTo(ReliableChange.Category.RELIABLE_IMPROVEMENT);
    assertThat(progress.offTrack()).isFalse();
    assertThat(progress.bands()).hasSize(5);
    assertThat(progress.maxTotal()).isEqualTo(27);
  }

  @Test
  void exactlyHalfIsAResponseButFourIsNeededForRemission() {
    phq9Total(10);
    clock.advance(Duration.ofDays(7));
    phq9Total(5);
    Progress progress = service.progress(p, Instruments.PHQ_9);
    assertThat(progress.response()).isTrue();
    assertThat(progress.remission()).isFalse();
  }

  @Test
  void noReliableImprovementByTheConfiguredWeekIsOffTrack() {
    phq9Total(16);
    clock.advance(Duration.ofDays(21));
    phq9Total(13);
    assertThat(service.progress(p, Instruments.PHQ_9).offTrack()).isFalse();
    clock.advance(Duration.ofDays(7));
    assertThat(service.progress(p, Instruments.PHQ_9).offTrack())
        .as("week 4 without a reliable drop, even without a new measurement")
        .isTrue();
    phq9Total(10);
    assertThat(service.progress(p, Instruments.PHQ_9).offTrack()).isFalse();
  }

  @Test
  void instrumentsWithoutParametersReportNoReliableChangeRatherThanGuessing() {
    List<Integer> zeros = Arrays.asList(new Integer[20]);
    for (int i = 0; i < 20; i++) {
      zeros.set(i, 2);
    }
    service.record(p, Instruments.PCL_5, zeros, null);
    clock.advance(Duration.ofDays(60));
    Progress progress = service.progress(p, Instruments.PCL_5);
    assertThat(progress.reliableChange()).isNull();
    assertThat(progress.reliableChangeThreshold()).isNull();
    assertThat(progress.remission()).isNull();
    assertThat(progress.offTrack()).isFalse();
  }
}
