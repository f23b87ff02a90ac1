package org.openiop.benchmarks.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openiop.core.schedule.DoubleBookingRule;
import org.openiop.core.schedule.RuleViolation;

class BookingCheckBenchmarkTest {
  @Test
  void everyMethodFindsTheTwoSessionsTheProbeOverlaps() {
    BookingCheckBenchmark b = new BookingCheckBenchmark();
    b.sessions = 1000;
    b.setUp();
    // The probe starts 30 minutes into session 500 and runs into session 501.
    assertThat(b.baselineScan()).isEqualTo(2);
    assertThat(b.indexCheck())
        .containsExactly(BookingCheckBenchmark.id(500), BookingCheckBenchmark.id(501));
    // Session 500's clinician and participant are only in every 25th session: one conflict each.
    assertThat(b.ruleCheck())
        .extracting(RuleViolation::ruleId)
        .containsExactly(DoubleBookingRule.ID, DoubleBookingRule.ID);
  }
}
