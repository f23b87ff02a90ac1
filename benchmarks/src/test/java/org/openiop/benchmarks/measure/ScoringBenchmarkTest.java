package org.openiop.benchmarks.measure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openiop.core.measure.RiskFlag;

class ScoringBenchmarkTest {
  @Test
  void baselineAndSubjectAgreeOnTheBand() {
    ScoringBenchmark b = new ScoringBenchmark();
    assertThat(b.baselineUncheckedSum()).isEqualTo("mild");
    assertThat(b.phq9Score().band()).isEqualTo("mild");
    assertThat(b.phq9Score().total()).isEqualTo(9);
    assertThat(b.phq9Score().flags()).containsExactly(RiskFlag.SELF_HARM_THOUGHTS);
  }
}
