package org.openiop.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;

class CohortAndAttendanceTest {
  private static final ParticipantId A = ParticipantId.of("par_a");
  private static final ParticipantId B = ParticipantId.of("par_b");
  private static final ParticipantId C = ParticipantId.of("par_c");

  private static Cohort cohort(int capacity) {
    return Cohort.empty(
        CohortId.of("coh_1"),
        ProgramId.of("prg_adult"),
        "weekday-evening",
        Fixtures.LA,
        List.of(ClinicianId.of("cln_1")),
        capacity);
  }

  @Test
  void rollingAdmissionLetsMembersJoinAndLeaveOnDates() {
    LocalDate d1 = LocalDate.of(2026, 3, 2);
    Cohort c = cohort(2).admit(A, d1).admit(B, d1.plusDays(7));
    assertThat(c.membersOn(d1)).containsExactly(A);
    assertThat(c.membersOn(d1.plusDays(7))).containsExactly(A, B);
    assertThat(c.hasRoomFrom(d1.plusDays(7))).isFalse();
    assertThatThrownBy(() -> c.admit(C, d1.plusDays(8)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cohort coh_1 is full from 2026-03-10");
    Cohort afterLeave = c.release(A, d1.plusDays(20));
    assertThat(afterLeave.admit(C, d1.plusDays(21)).membersOn(d1.plusDays(21)))
        .containsExactly(B, C);
    // a future join counts against capacity for an earlier admission
    assertThat(cohort(1).admit(A, d1.plusDays(7)).hasRoomFrom(d1)).isFalse();
  }

  @Test
  void aParticipantCannotHaveTwoOpenMemberships() {
    Cohort c = cohort(5).admit(A, LocalDate.of(2026, 3, 2));
    assertThatThrownBy(() -> c.admit(A, LocalDate.of(2026, 3, 9)))
        .isInstanceOf(IllegalStateException.class);
  }

  private static Session session(String id, Instant start, SessionStatus status) {
    return new Session(
        SessionId.of(id),
        CohortId.of("coh_1"),
        SessionKind.GROUP,
        Modality.CBT,
        "CBT skills",
        start,
        Fixtures.LA,
        Duration.ofMinutes(180),
        List.of(ClinicianId.of("cln_1")),
        List.of(A, B),
        List.of(),
        status,
        false);
  }

  @Test
  void serviceHoursSumCreditedMinutesPerWeekInTheZone() {
    // Monday 2 March 18:00 and Wednesday 4 March 18:00 in Los Angeles; Sunday 8 March 23:30 UTC
    // is still Sunday in Los Angeles, so it belongs to the week of 2 March too.
    Session s1 = session("ses_1", Instant.parse("2026-03-03T02:00:00Z"), SessionStatus.COMPLETED);
    Session s2 = session("ses_2", Instant.parse("2026-03-05T02:00:00Z"), SessionStatus.COMPLETED);
    Session s3 = session("ses_3", Instant.parse("2026-03-08T23:30:00Z"), SessionStatus.COMPLETED);
    Session cancelled =
        session("ses_4", Instant.parse("2026-03-06T02:00:00Z"), SessionStatus.CANCELLED);
    Map<SessionId, Session> sessions =
        Map.of(s1.id(), s1, s2.id(), s2, s3.id(), s3, cancelled.id(), cancelled);
    List<Attendance> records =
        List.of(
            Attendance.ofParticipant(s1.id(), A, AttendanceStatus.PRESENT, 200),
            Attendance.ofParticipant(s2.id(), A, AttendanceStatus.LATE, 150),
            Attendance.ofParticipant(s3.id(), A, AttendanceStatus.NO_SHOW, 0),
            Attendance.ofParticipant(cancelled.id(), A, AttendanceStatus.PRESENT, 180),
            Attendance.ofParticipant(s1.id(), B, AttendanceStatus.PRESENT, 180));
    assertThat(ServiceHours.perWeek(A, records, sessions, Fixtures.LA))
        .containsExactly(Map.entry(LocalDate.of(2026, 3, 2), Duration.ofMinutes(180 + 150)));
    assertThat(ServiceHours.inWeekOf(A, records, sessions, Fixtures.NY, LocalDate.of(2026, 3, 4)))
        .isEqualTo(Duration.ofMinutes(330));
  }

  @Test
  void attendanceNamesExactlyOnePersonAndAbsencesCarryNoMinutes() {
    SessionId s = SessionId.of("ses_1");
    assertThatThrownBy(
            () -> new Attendance(s, A, SupportPersonId.of("sup_1"), AttendanceStatus.PRESENT, 10))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Attendance.ofParticipant(s, A, AttendanceStatus.NO_SHOW, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: minutesAttended: must be 0 for NO_SHOW");
    assertThat(
            Attendance.ofSupportPerson(s, SupportPersonId.of("sup_1"), AttendanceStatus.PRESENT, 60)
                .person())
        .isEqualTo(SupportPersonId.of("sup_1"));
  }

  @Test
  void sessionsEndAfterTheirDurationAndRefuseSupportPersonsInGroupTherapy() {
    Session s = session("ses_1", Instant.parse("2026-03-03T02:00:00Z"), SessionStatus.SCHEDULED);
    assertThat(s.end()).isEqualTo(Instant.parse("2026-03-03T05:00:00Z"));
    assertThat(s.localStart().toLocalTime()).isEqualTo(java.time.LocalTime.of(18, 0));
    assertThatThrownBy(
            () ->
                new Session(
                    s.id(),
                    null,
                    SessionKind.GROUP,
                    Modality.CBT,
                    "x",
                    s.start(),
                    s.zone(),
                    s.duration(),
                    s.facilitators(),
                    s.participants(),
                    List.of(SupportPersonId.of("sup_1")),
                    SessionStatus.SCHEDULED,
                    false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: supportPersons: must be empty for a session of kind GROUP");
  }
}
