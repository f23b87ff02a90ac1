package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;

class BookingLedgerTest {
  private static final Instant T0 = Instant.parse("2026-03-02T23:00:00Z");
  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  private final List<BookingEvent> events = new ArrayList<>();
  private final BookingLedger ledger =
      BookingLedger.builder(LedgerStore.inMemory())
          .clock(clock)
          .addRule(new DoubleBookingRule(Duration.ofMinutes(15)))
          .addRule(new CapacityRule())
          .listener(events::add)
          .build();

  private static final ParticipantId ANA = ParticipantId.of("par_ana");
  private static final ParticipantId BEN = ParticipantId.of("par_ben");
  private static final ClinicianId DR = ClinicianId.of("cln_dr");

  private static TimeSlot slot(int fromMinute, int minutes) {
    return TimeSlot.of(T0.plusSeconds(60L * fromMinute), Duration.ofMinutes(minutes));
  }

  private SessionId session(String id, int fromMinute, int capacity) {
    SessionId sid = SessionId.of(id);
    assertThat(ledger.create(TestSessions.empty(sid, slot(fromMinute, 50), capacity)).accepted())
        .isTrue();
    return sid;
  }

  @Test
  void bookingRefusesADoubleBookedParticipant() {
    SessionId a = session("ses_a", 0, 8);
    SessionId b = session("ses_b", 30, 8);
    assertThat(ledger.book(a, ANA).accepted()).isTrue();
    BookingResult r = ledger.book(b, ANA);
    assertThat(r.accepted()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo(DoubleBookingRule.ID);
              assertThat(v.sessionId()).isEqualTo(b);
              assertThat(v.people()).containsExactly(ANA);
              assertThat(v.message())
                  .isEqualTo(
                      "participant par_ana is already booked into overlapping session ses_a");
            });
    assertThat(ledger.calendar().entry(b).orElseThrow().participants()).isEmpty();
  }

  @Test
  void aClinicianNeedsTheBufferButAParticipantDoesNot() {
    SessionId a = session("ses_a", 0, 8);
    SessionId b = session("ses_b", 60, 8); // starts 10 minutes after a ends
    assertThat(ledger.book(a, DR).accepted()).isTrue();
    assertThat(ledger.book(a, ANA).accepted()).isTrue();
    assertThat(ledger.book(b, ANA).accepted()).isTrue();
    BookingResult r = ledger.book(b, DR);
    assertThat(r.errors())
        .extracting(RuleViolation::message)
        .containsExactly("clinician cln_dr needs 15 min between sessions; session ses_a is closer");
  }

  @Test
  void capacityIsNeverExceeded() {
    SessionId a = session("ses_a", 0, 1);
    assertThat(ledger.book(a, ANA).accepted()).isTrue();
    BookingResult r = ledger.book(a, BEN);
    assertThat(r.errors()).extracting(RuleViolation::ruleId).containsExactly(CapacityRule.ID);
  }

  @Test
  void rescheduleMovesEveryoneOrNobody() {
    SessionId a = session("ses_a", 0, 8);
    SessionId b = session("ses_b", 120, 8);
    ledger.book(a, ANA);
    ledger.book(b, ANA);
    ledger.book(b, BEN);
    assertThat(ledger.reschedule(b, slot(10, 50)).accepted()).isFalse();
    assertThat(ledger.calendar().entry(b).orElseThrow().slot()).isEqualTo(slot(120, 50));
    assertThat(ledger.reschedule(b, slot(240, 50)).accepted()).isTrue();
    assertThat(ledger.calendar().entriesOf(BEN, slot(240, 1))).hasSize(1);
    assertThat(ledger.calendar().entriesOf(BEN, slot(120, 50))).isEmpty();
  }

  @Test
  void cancellingFreesTheTimeAndEmitsEvents() {
    SessionId a = session("ses_a", 0, 8);
    ledger.book(a, ANA);
    assertThat(ledger.cancel(a).accepted()).isTrue();
    assertThat(ledger.calendar().entry(a)).isEmpty();
    assertThat(ledger.calendar().entriesOf(ANA, slot(0, 50))).isEmpty();
    assertThat(events)
        .extracting(BookingEvent::kind)
        .containsExactly(
            BookingEvent.Kind.SESSION_CREATED,
            BookingEvent.Kind.BOOKED,
            BookingEvent.Kind.SESSION_CANCELLED);
    assertThat(events).allSatisfy(e -> assertThat(e.at()).isEqualTo(T0));
  }

  @Test
  void unknownSessionsAndDuplicatesAreRefused() {
    SessionId a = session("ses_a", 0, 8);
    assertThat(ledger.book(SessionId.of("ses_zz"), ANA).errors())
        .extracting(RuleViolation::message)
        .containsExactly("session ses_zz is not on the calendar");
    assertThat(ledger.create(TestSessions.empty(a, slot(0, 50), 8)).errors())
        .extracting(RuleViolation::ruleId)
        .containsExactly(BookingLedger.UNKNOWN_SESSION);
  }

  @Test
  void aThrowingListenerDoesNotUndoTheCommit() {
    BookingLedger noisy =
        BookingLedger.builder(LedgerStore.inMemory())
            .clock(clock)
            .listener(
                e -> {
                  throw new IllegalStateException("boom");
                })
            .build();
    SessionId a = SessionId.of("ses_a");
    assertThat(noisy.create(TestSessions.empty(a, slot(0, 50), 2)).accepted()).isTrue();
    assertThat(noisy.calendar().entry(a)).isPresent();
  }
}
