package org.openiop.video.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.video.attendance.AttendanceRecord.Status;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;

class AttendanceCalculatorTest {
  static final Instant START = Instant.parse("2026-01-05T17:00:00Z");
  static final SessionWindow WINDOW = SessionWindow.of(START, Duration.ofMinutes(180));
  static final RoomId ROOM = RoomId.of("r1");
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));
  static final PersonRef BEN = PersonRef.of(ParticipantId.of("par_ben"));
  static final AttendanceCalculator CALC = AttendanceCalculator.of(AttendancePolicy.defaults());

  static Instant at(int minutes) {
    return START.plus(Duration.ofMinutes(minutes));
  }

  static RoomEvent join(PersonRef p, int m) {
    return RoomEvent.joined(ROOM, p, at(m));
  }

  static RoomEvent leave(PersonRef p, int m, LeaveReason r) {
    return RoomEvent.left(ROOM, p, at(m), r);
  }

  @Test
  void aShortDropMergesIntoOneStayAndCountsAsTechnicalTroubleNotAbsence() {
    AttendanceRecord ana =
        CALC.forPerson(
            WINDOW,
            ANA,
            List.of(
                join(ANA, 0),
                leave(ANA, 60, LeaveReason.CONNECTION_LOST),
                join(ANA, 61),
                leave(ANA, 180, LeaveReason.HUNG_UP)));
    assertThat(ana.status()).isEqualTo(Status.PRESENT);
    assertThat(ana.stays()).containsExactly(new Stay(at(0), at(180), 1));
    assertThat(ana.present()).isEqualTo(Duration.ofMinutes(180));
    assertThat(ana.reconnects()).isEqualTo(1);
    assertThat(ana.troubleTime()).isEqualTo(Duration.ofMinutes(1));
    assertThat(ana.technicalTrouble()).isTrue();
  }

  @Test
  void aGapOfTheWholeGraceWindowIsAbsence() {
    AttendanceRecord ana =
        CALC.forPerson(
            WINDOW,
            ANA,
            List.of(
                join(ANA, 0),
                leave(ANA, 60, LeaveReason.HUNG_UP),
                join(ANA, 62),
                leave(ANA, 180, LeaveReason.HUNG_UP)));
    assertThat(ana.stays()).hasSize(2);
    assertThat(ana.present()).isEqualTo(Duration.ofMinutes(178));
    assertThat(ana.reconnects()).isZero();
    assertThat(ana.technicalTrouble()).isFalse();
  }

  @Test
  void waitingForAdmissionDoesNotMakeAnyoneLate() {
    AttendanceRecord ana =
        CALC.forPerson(WINDOW, ANA, List.of(RoomEvent.waiting(ROOM, ANA, at(-2)), join(ANA, 12)));
    assertThat(ana.status()).isEqualTo(Status.PRESENT);
    assertThat(ana.arrivedAt()).isEqualTo(at(-2));
    assertThat(ana.present()).isEqualTo(Duration.ofMinutes(168));
  }

  @Test
  void arrivingAfterTheToleranceIsLateAndLeavingBeforeItIsEarly() {
    AttendanceRecord ana =
        CALC.forPerson(WINDOW, ANA, List.of(join(ANA, 6), leave(ANA, 170, LeaveReason.HUNG_UP)));
    assertThat(ana.status()).isEqualTo(Status.LATE_AND_LEFT_EARLY);
    assertThat(ana.late()).isTrue();
    assertThat(ana.leftEarly()).isTrue();
  }

  @Test
  void aRoomEndedEarlyByTheHostIsNotLeavingEarly() {
    AttendanceRecord ana =
        CALC.forPerson(WINDOW, ANA, List.of(join(ANA, 0), leave(ANA, 100, LeaveReason.ROOM_ENDED)));
    assertThat(ana.status()).isEqualTo(Status.PRESENT);
  }

  @Test
  void expectedPeopleWithoutEventsAreNoShowsAndDropInsStillGetARecord() {
    PersonRef dropIn = PersonRef.of(ParticipantId.of("par_drop"));
    Map<PersonRef, AttendanceRecord> out =
        CALC.compute(WINDOW, List.of(ANA, BEN), List.of(join(ANA, 0), join(dropIn, 30)));
    assertThat(out.keySet()).containsExactly(ANA, BEN, dropIn);
    assertThat(out.get(BEN).status()).isEqualTo(Status.NO_SHOW);
    assertThat(out.get(BEN).present()).isZero();
    assertThat(out.get(ANA).present()).isEqualTo(WINDOW.length());
    assertThat(out.get(dropIn).status()).isEqualTo(Status.LATE);
  }

  @Test
  void presenceOnlyBeforeTheSessionIsANoShow() {
    AttendanceRecord ana =
        CALC.forPerson(WINDOW, ANA, List.of(join(ANA, -30), leave(ANA, -10, LeaveReason.HUNG_UP)));
    assertThat(ana.noShow()).isTrue();
    assertThat(ana.arrivedAt()).isEqualTo(at(-30));
  }

  @Test
  void aLostConnectionWithoutReturnIsTroubleAndLeavingEarly() {
    AttendanceRecord ana =
        CALC.forPerson(
            WINDOW, ANA, List.of(join(ANA, 0), leave(ANA, 90, LeaveReason.CONNECTION_LOST)));
    assertThat(ana.status()).isEqualTo(Status.LEFT_EARLY);
    assertThat(ana.technicalTrouble()).isTrue();
    assertThat(ana.reconnects()).isZero();
  }

  @Test
  void policiesOutsideTheirBoundsAreRefusedByPath() {
    assertThatThrownBy(
            () -> new AttendancePolicy(Duration.ofMinutes(-1), Duration.ofHours(3), Duration.ZERO))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: grace: must be between 0 and PT30M; lateAfter: must be between 0 and PT2H");
  }
}
