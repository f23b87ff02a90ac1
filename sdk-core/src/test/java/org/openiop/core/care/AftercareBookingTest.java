package org.openiop.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.schedule.BookingLedger;
import org.openiop.core.schedule.BookingResult;
import org.openiop.core.schedule.DoubleBookingRule;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.LedgerStore;

class AftercareBookingTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ParticipantId ANA = ParticipantId.of("par_ana");
  private static final ClinicianId DR = ClinicianId.of("cln_dr");
  private final BookingLedger ledger =
      BookingLedger.builder(LedgerStore.inMemory())
          .clock(Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC))
          .addRule(new DoubleBookingRule(Duration.ofMinutes(10)))
          .build();
  private final AftercareBooking booking = new AftercareBooking(ledger, IdGenerator.seeded(3));

  @Test
  void checkInsAreBookedOnTheirDueDatesAtTheSameLocalTimeAcrossDst() {
    // discharged the day before the US spring-forward change: day 7 falls after it
    AftercarePlan plan = AftercarePlan.standard(LocalDate.of(2026, 3, 7));

    List<BookingResult> results =
        booking.book(plan, ANA, DR, NEW_YORK, LocalTime.of(17, 0), Duration.ofMinutes(30));

    assertThat(results).hasSize(3).allMatch(BookingResult::accepted);
    List<Session> sessions =
        results.stream().map(r -> r.toEvent().orElseThrow().after().session()).toList();
    assertThat(sessions)
        .extracting(s -> s.start().atZone(NEW_YORK).toLocalDate())
        .containsExactly(
            LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 6, 5));
    assertThat(sessions)
        .allSatisfy(
            s -> {
              assertThat(s.start().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(17, 0));
              assertThat(s.kind()).isEqualTo(SessionKind.AFTERCARE_CHECK_IN);
              assertThat(s.participants()).containsExactly(ANA);
              assertThat(s.facilitators()).containsExactly(DR);
            });
  }

  @Test
  void aCheckInThatBreaksARuleIsRefusedWithItsViolationAndTheOthersStillBook() {
    AftercarePlan plan = AftercarePlan.standard(LocalDate.of(2026, 3, 7));
    Session clash =
        Session.builder()
            .id(SessionId.of("ses_clash"))
            .kind(SessionKind.INDIVIDUAL)
            .modality(Modality.CBT)
            .topic("Individual")
            .start(LocalDate.of(2026, 4, 6).atTime(17, 15).atZone(NEW_YORK).toInstant(), NEW_YORK)
            .duration(Duration.ofMinutes(50))
            .facilitators(List.of(ClinicianId.of("cln_other")))
            .participants(List.of(ANA))
            .status(SessionStatus.SCHEDULED)
            .build();
    assertThat(ledger.create(new LedgerEntry(clash, 1)).accepted()).isTrue();

    List<BookingResult> results =
        booking.book(plan, ANA, DR, NEW_YORK, LocalTime.of(17, 0), Duration.ofMinutes(30));

    assertThat(results).extracting(BookingResult::accepted).containsExactly(true, false, true);
    assertThat(results.get(1).errors())
        .extracting(v -> v.ruleId())
        .containsOnly(DoubleBookingRule.ID);
  }

  @Test
  void missingArgumentsAreRefusedByName() {
    AftercarePlan plan = AftercarePlan.standard(LocalDate.of(2026, 3, 7));
    assertThatThrownBy(
            () -> booking.book(plan, ANA, DR, null, LocalTime.NOON, Duration.ofMinutes(30)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("zone == null");
  }
}
