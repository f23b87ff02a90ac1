package org.openiop.core.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.measure.CssrsScreen;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.Score;

class LevelOfCareScreenerTest {
  private static final IntakeFacts READY =
      new IntakeFacts(false, false, true, true, true, true, true);
  private final LevelOfCareScreener screener =
      new LevelOfCareScreener(ScreeningThresholds.defaults());

  private static Score phq9(Integer... answers) {
    return Instruments.PHQ_9.score(Arrays.asList(answers));
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Test
  void moderateDepressionWithNoRiskSuggestsIop() {
    var r =
        screener.screen(
            new ScreeningInput(
                READY, List.of(phq9(2, 2, 2, 2, 2, 2, 0, 0, 0)), CssrsScreen.Triage.NONE, false));
    assertThat(r.level()).isEqualTo(LevelOfCare.INTENSIVE_OUTPATIENT);
    assertThat(codes(r.reasons())).containsExactly("phq9-at-or-above-iop-threshold");
    assertThat(r.reasons().get(0).explanation()).isEqualTo("PHQ-9 at or above 10 (moderate).");
    assertThat(r.barriers()).isEmpty();
    assertThat(r.virtualDeliveryFeasible()).isTrue();
    assertThat(r.notice()).startsWith("Decision support only");
  }

  @Test
  void mildScoresSuggestOutpatientCare() {
    var r =
        screener.screen(
            new ScreeningInput(
                READY,
                List.of(
                    phq9(1, 1, 1, 1, 1, 0, 0, 0, 0),
                    Instruments.GAD_7.score(List.of(1, 1, 1, 0, 0, 0, 0))),
                null,
                false));
    assertThat(r.level()).isEqualTo(LevelOfCare.OUTPATIENT);
    assertThat(codes(r.reasons()))
        .containsExactly("phq9-below-iop-threshold", "gad7-below-iop-threshold");
  }

  @Test
  void everyReasonIsListedAndTheMostIntensiveWins() {
    IntakeFacts facts = new IntakeFacts(true, true, false, false, false, false, false);
    var r =
        screener.screen(
            new ScreeningInput(
                facts,
                List.of(
                    phq9(3, 3, 3, 3, 3, 3, 2, 0, 1),
                    Instruments.AUDIT_C_WOMEN.score(List.of(2, 1, 0))),
                CssrsScreen.Triage.HIGH,
                true));
    assertThat(r.level()).isEqualTo(LevelOfCare.CRISIS_OR_INPATIENT);
    assertThat(codes(r.reasons()))
        .containsExactly(
            "needs-24h-supervision",
            "medically-unstable",
            "unresolved-high-risk-signal",
            "cssrs-high",
            "phq9-item9-positive",
            "phq9-at-or-above-php-threshold",
            "alcohol-screen-positive");
    assertThat(codes(r.barriers()))
        .containsExactly(
            "cannot-commit-hours",
            "no-private-space",
            "no-device",
            "no-internet",
            "technology-discomfort");
    assertThat(r.virtualDeliveryFeasible()).isFalse();
  }

  @Test
  void aModerateCssrsTriageSuggestsPartialHospitalization() {
    var r =
        screener.screen(new ScreeningInput(READY, List.of(), CssrsScreen.Triage.MODERATE, false));
    assertThat(r.level()).isEqualTo(LevelOfCare.PARTIAL_HOSPITALIZATION);
  }

  @Test
  void practicalBarriersNeverLowerTheClinicalLevel() {
    IntakeFacts noDevice = new IntakeFacts(false, false, true, true, false, true, true);
    var r =
        screener.screen(
            new ScreeningInput(noDevice, List.of(phq9(3, 3, 3, 3, 3, 3, 2, 0, 0)), null, false));
    assertThat(r.level()).isEqualTo(LevelOfCare.PARTIAL_HOSPITALIZATION);
    assertThat(codes(r.barriers())).containsExactly("no-device");
    assertThat(r.virtualDeliveryFeasible()).isFalse();
  }

  @Test
  void noFindingsStillGivesAReason() {
    var r = screener.screen(new ScreeningInput(READY, List.of(), null, false));
    assertThat(r.level()).isEqualTo(LevelOfCare.OUTPATIENT);
    assertThat(codes(r.reasons())).containsExactly("no-finding-above-outpatient");
  }

  @Test
  void thresholdsAreConfigurable() {
    var strict = new LevelOfCareScreener(new ScreeningThresholds(15, 22, 10, 33));
    var r =
        strict.screen(
            new ScreeningInput(READY, List.of(phq9(2, 2, 2, 2, 2, 2, 0, 0, 0)), null, false));
    assertThat(r.level()).isEqualTo(LevelOfCare.OUTPATIENT);
  }
}
