package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;

class CssrsScreenTest {

  @Test
  void noYesIsNone() {
    assertThat(new CssrsScreen(false, false, null, null, null, false, false).triage())
        .isEqualTo(CssrsScreen.Triage.NONE);
  }

  @Test
  void questionsOneOrTwoOnlyAreLow() {
    assertThat(new CssrsScreen(true, false, null, null, null, false, false).triage())
        .isEqualTo(CssrsScreen.Triage.LOW);
    assertThat(new CssrsScreen(true, true, false, false, false, false, false).triage())
        .isEqualTo(CssrsScreen.Triage.LOW);
  }

  @Test
  void questionThreeOrOldBehaviourIsModerate() {
    assertThat(new CssrsScreen(true, true, true, false, false, false, false).triage())
        .isEqualTo(CssrsScreen.Triage.MODERATE);
    assertThat(new CssrsScreen(false, false, null, null, null, true, false).triage())
        .isEqualTo(CssrsScreen.Triage.MODERATE);
  }

  @Test
  void questionFourOrFiveOrRecentBehaviourIsHigh() {
    assertThat(new CssrsScreen(true, true, false, true, false, false, false).triage())
        .isEqualTo(CssrsScreen.Triage.HIGH);
    assertThat(new CssrsScreen(true, true, true, true, true, true, false).triage())
        .isEqualTo(CssrsScreen.Triage.HIGH);
    assertThat(new CssrsScreen(false, false, null, null, null, true, true).triage())
        .isEqualTo(CssrsScreen.Triage.HIGH);
  }

  @Test
  void aYesToQuestionTwoRequiresQuestionsThreeToFive() {
    assertThatThrownBy(() -> new CssrsScreen(true, true, true, null, false, false, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("cssrs.q3-q5");
  }

  @Test
  void aPositiveTriageRaisesASignalAtItsLevel() {
    List<RiskSignal> got = new ArrayList<>();
    RiskSignals signals =
        new RiskSignals(
            got::add,
            CrisisResources.defaults(),
            new MutableClock(Instant.parse("2026-01-05T10:00:00Z")),
            IdGenerator.seeded(3));
    ParticipantId p = ParticipantId.of("par_1");
    assertThat(
            signals.fromCssrs(
                p, new CssrsScreen(false, false, null, null, null, false, false), null))
        .isEmpty();
    RiskSignal s =
        signals
            .fromCssrs(
                p,
                new CssrsScreen(true, true, false, false, true, false, false),
                Jurisdiction.of("US-TX"))
            .orElseThrow();
    assertThat(got).containsExactly(s);
    assertThat(s.level()).isEqualTo(RiskLevel.HIGH);
    assertThat(s.source()).isEqualTo(RiskSource.CSSRS_SCREEN);
    assertThat(s.trigger()).isEqualTo("cssrs-screen:high");
  }
}
