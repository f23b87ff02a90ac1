package org.openiop.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdGenerationBenchmarkTest {
  @Test
  void baselineAndSubjectBothProduceFreshValues() {
    IdGenerationBenchmark b = new IdGenerationBenchmark();
    assertThat(b.baselineUuid()).hasSize(36);
    assertThat(b.participantId().value()).startsWith("par_");
    assertThat(b.participantId()).isNotEqualTo(b.participantId());
  }
}
