package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.InvalidInputException;
import org.openiop.core.OpenIopException;

class CustomInstrumentTest {
  private static final List<AnswerOption> YES_NO =
      List.of(AnswerOption.of(0, "No"), AnswerOption.of(1, "Yes"));
  private static final List<AnswerOption> ONE_TO_FIVE =
      List.of(
          AnswerOption.of(1, "1"),
          AnswerOption.of(2, "2"),
          AnswerOption.of(3, "3"),
          AnswerOption.of(4, "4"),
          AnswerOption.of(5, "5"));

  @Test
  void aSummedHostInstrumentScoresBandsAndFlags() {
    Instrument sleep =
        Instrument.builder("acme-sleep-3")
            .item(new Item("s1", "Slept badly", null, ONE_TO_FIVE))
            .item(new Item("s2", "Woke early", null, ONE_TO_FIVE))
            .item(new Item("s3", "Nightmares", null, YES_NO))
            .band(2, 5, "low")
            .band(6, 11, "high")
            .flag(FlagRule.itemAtLeast(3, 1, new RiskFlag("nightmares", RiskLevel.LOW)))
            .build();
    assertThat(sleep.minTotal()).isEqualTo(2);
    assertThat(sleep.maxTotal()).isEqualTo(11);
    Score s = sleep.score(Arrays.asList(4, 3, 1));
    assertThat(s.total()).isEqualTo(8);
    assertThat(s.band()).isEqualTo("high");
    assertThat(s.flags()).containsExactly(new RiskFlag("nightmares", RiskLevel.LOW));
  }

  @Test
  void meanScoringRoundsHalfUp() {
    Instrument mood =
        Instrument.builder("acme-mood")
            .item(new Item("m1", null, null, ONE_TO_FIVE))
            .item(new Item("m2", null, null, ONE_TO_FIVE))
            .meanScoring()
            .band(1, 2, "low")
            .band(3, 5, "high")
            .build();
    assertThat(mood.score(List.of(2, 3)).total()).isEqualTo(3);
    assertThat(mood.score(List.of(1, 2)).total()).isEqualTo(2);
  }

  @Test
  void customScoringOutsideItsDeclaredRangeFailsLoudly() {
    Instrument broken =
        Instrument.builder("acme-broken")
            .item(new Item("b1", null, null, YES_NO))
            .customScoring(answers -> 99, 0, 1)
            .band(0, 1, "all")
            .build();
    assertThatThrownBy(() -> broken.score(List.of(1)))
        .isInstanceOf(OpenIopException.class)
        .hasMessageContaining("acme-broken");
  }

  @Test
  void bandsWithAGapAreRejected() {
    assertThatThrownBy(
            () ->
                Instrument.builder("acme-gap")
                    .item(new Item("g1", null, null, ONE_TO_FIVE))
                    .band(1, 2, "low")
                    .band(4, 5, "high")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("instrument.bands: must partition 1..5 without gaps or overlaps");
  }

  @Test
  void bandsThatOverlapOrStopShortAreRejected() {
    assertThatThrownBy(
            () ->
                Instrument.builder("acme-overlap")
                    .item(new Item("o1", null, null, ONE_TO_FIVE))
                    .band(1, 3, "low")
                    .band(3, 5, "high")
                    .build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                Instrument.builder("acme-short")
                    .item(new Item("o1", null, null, ONE_TO_FIVE))
                    .band(1, 4, "low")
                    .build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void prorationWithoutSumScoringIsRejected() {
    assertThatThrownBy(
            () ->
                Instrument.builder("acme-prorate")
                    .item(new Item("p1", null, null, ONE_TO_FIVE))
                    .item(new Item("p2", null, null, ONE_TO_FIVE))
                    .meanScoring()
                    .band(1, 5, "all")
                    .missingAnswers(MissingAnswerPolicy.prorateUpTo(1, "house rule"))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("proration needs sum scoring");
  }

  @Test
  void errorsNameTheItemButNeverTheValue() {
    assertThatThrownBy(() -> Instruments.GAD_7.score(Arrays.asList(0, 0, 0, 17, 0, 0, 0)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: answers[4] (gad7-4): is not an answer this item offers (allowed 0..3)")
        .hasMessageNotContaining("17");
  }

  @Test
  void aNullAnswerListIsRejected() {
    assertThatThrownBy(() -> Instruments.PHQ_9.score(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answers == null");
  }
}
