package org.openiop.video.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;

class CoreAttendanceTest {
  static final Instant START = Instant.parse("2026-01-05T17:00:00Z");
  static final SessionWindow WINDOW = SessionWindow.of(START, Duration.ofMinutes(180));
  static final SessionId SESSION = SessionId.of("ses_1");
  static final RoomId ROOM = RoomId.of("r1");
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));
  static final PersonRef MUM = PersonRef.of(SupportPersonId.of("sup_mum"));
  static final PersonRef DOC = PersonRef.of(ClinicianId.of("cli_doc"));
  static final AttendanceCalculator CALC = AttendanceCalculator.of(AttendancePolicy.defaults());

  static Instant at(int m) {
    return START.plus(Duration.ofMinutes(m));
  }

  static Attendance core(PersonRef p, RoomEvent... events) {
    return CoreAttendance.of(SESSION, WINDOW, CALC.forPerson(WINDOW, p, List.of(events)))
        .orElseThrow();
  }

  @Test
  void aForgivenReconnectIsPresentWithEveryMinute() {
    assertThat(
            core(
                ANA,
                RoomEvent.joined(ROOM, ANA, at(0)),
                RoomEvent.left(ROOM, ANA, at(50), LeaveReason.CONNECTION_LOST),
                RoomEvent.joined(ROOM, ANA, at(51))))
        .isEqualTo(
            Attendance.ofParticipant(
                SESSION, ParticipantId.of("par_ana"), AttendanceStatus.PRESENT, 180));
  }

  @Test
  void droppingOutForGoodIsATechnicalFailureNotLeavingEarly() {
    assertThat(
            core(
                ANA,
                RoomEvent.joined(ROOM, ANA, at(0)),
                RoomEvent.left(ROOM, ANA, at(90), LeaveReason.CONNECTION_LOST)))
        .isEqualTo(
            Attendance.ofParticipant(
                SESSION, ParticipantId.of("par_ana"), AttendanceStatus.TECHNICAL_FAILURE, 90));
    assertThat(
            core(
                    ANA,
                    RoomEvent.joined(ROOM, ANA, at(0)),
                    RoomEvent.left(ROOM, ANA, at(90), LeaveReason.HUNG_UP))
                .status())
        .isEqualTo(AttendanceStatus.LEFT_EARLY);
  }

  @Test
  void lateAndEarlyMapsToTheBiggerLossAndSupportPeopleMapToo() {
    assertThat(
            core(
                MUM,
                RoomEvent.joined(ROOM, MUM, at(20)),
                RoomEvent.left(ROOM, MUM, at(170), LeaveReason.HUNG_UP)))
        .isEqualTo(
            Attendance.ofSupportPerson(
                SESSION, SupportPersonId.of("sup_mum"), AttendanceStatus.LATE, 150));
    assertThat(
            core(
                    MUM,
                    RoomEvent.joined(ROOM, MUM, at(10)),
                    RoomEvent.left(ROOM, MUM, at(120), LeaveReason.HUNG_UP))
                .status())
        .isEqualTo(AttendanceStatus.LEFT_EARLY);
  }

  @Test
  void noShowsAndCliniciansMapAsTheCoreTypeAllows() {
    Map<PersonRef, AttendanceRecord> records =
        CALC.compute(WINDOW, List.of(ANA, MUM, DOC), List.of(RoomEvent.joined(ROOM, DOC, at(0))));
    assertThat(CoreAttendance.of(SESSION, WINDOW, records))
        .containsExactly(
            Attendance.ofParticipant(
                SESSION, ParticipantId.of("par_ana"), AttendanceStatus.NO_SHOW, 0),
            Attendance.ofSupportPerson(
                SESSION, SupportPersonId.of("sup_mum"), AttendanceStatus.NO_SHOW, 0));
  }
}
