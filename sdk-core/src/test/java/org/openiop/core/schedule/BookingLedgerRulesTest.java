package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;

class BookingLedgerRulesTest {
  @Test
  void theLedgerRefusesABookingThatBreaksLicensureAndAcceptsALegalOne() {
    Participant inCa =
        RuleFixtures.participant(
            "par_ca", "US-CA", java.time.ZoneId.of("America/Los_Angeles"), AgeGroup.ADULT);
    Clinician nyOnly = RuleFixtures.clinician("cln_ny", "US-NY");
    Clinician both = RuleFixtures.clinician("cln_both", "US-NY", "US-CA");
    BookingLedger ledger =
        BookingLedger.builder(LedgerStore.inMemory())
            .clock(Clock.fixed(RuleFixtures.NOW, ZoneOffset.UTC))
            .directory(
                ScheduleDirectory.builder()
                    .participants(List.of(inCa))
                    .clinicians(List.of(nyOnly, both))
                    .build())
            .addRules(BuiltInRules.standard(Duration.ofMinutes(10)))
            .build();
    LedgerEntry individual =
        RuleFixtures.individual(
            Instant.parse("2026-03-03T18:00:00Z"), Duration.ofMinutes(50), inCa.id(), nyOnly.id());
    BookingResult refused = ledger.create(individual);
    assertThat(refused.accepted()).isFalse();
    assertThat(refused.errors()).extracting(RuleViolation::ruleId).containsExactly("licensure");
    assertThat(ledger.calendar().entry(individual.sessionId())).isEmpty();
    LedgerEntry legal =
        RuleFixtures.individual(
            Instant.parse("2026-03-03T18:00:00Z"), Duration.ofMinutes(50), inCa.id(), both.id());
    BookingResult ok = ledger.create(legal);
    assertThat(ok.accepted()).isTrue();
    assertThat(ok.event().kind()).isEqualTo(BookingEvent.Kind.SESSION_CREATED);
  }
}
