package org.openiop.core.engage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.Fixtures;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.MeasurementRecord;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class EngagementMonitorTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ParticipantId ALEX = ParticipantId.of("par_1");

  /** Groups on Mondays, Wednesdays and Thursdays at 18:00 for six weeks from 2026-02-02. */
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 2, 2);

  final Program program = Fixtures.program();
  final List<Session> sessions = new ArrayList<>();
  final List<Attendance> attendance = new ArrayList<>();
  final List<MeasurementRecord> measures = new ArrayList<>();

  EngagementMonitorTest() {
    int n = 0;
    for (int w = 0; w < 6; w++) {
      for (int d : new int[] {0, 2, 3}) {
        ZonedDateTime start = FIRST_MONDAY.plusWeeks(w).plusDays(d).atTime(18, 0).atZone(NY);
        sessions.add(
            new Session(
                SessionId.of("ses_" + n++),
                CohortId.of("coh_1"),
                SessionKind.GROUP,
                Modality.CBT,
                "CBT skills",
                start.toInstant(),
                NY,
                Duration.ofHours(3),
                List.of(ClinicianId.of("cln_1")),
                List.of(ALEX),
                List.of(),
                SessionStatus.COMPLETED,
                false));
      }
    }
  }

  /** Records the same status for sessions {@code from..to} (inclusive). */
  void attend(int from, int to, AttendanceStatus status) {
    for (int i = from; i <= to; i++) {
      attendance.add(
          Attendance.ofParticipant(
              sessions.get(i).id(), ALEX, status, status.isAbsence() ? 0 : 180));
    }
  }

  void measureEveryWeek() {
    for (int w = 0; w < 6; w++) {
      Instant at = FIRST_MONDAY.plusWeeks(w).atTime(17, 0).atZone(NY).toInstant();
      measures.add(
          new MeasurementRecord(
              ALEX, "phq-9", at, Instruments.PHQ_9.score(List.of(1, 1, 1, 1, 1, 1, 1, 1, 0))));
    }
  }

  /** Evaluated on the Friday after the sixth week's Thursday (session 17). */
  EngagementReport evaluate() {
    Clock friday =
        Clock.fixed(FIRST_MONDAY.plusWeeks(5).plusDays(4).atTime(12, 0).atZone(NY).toInstant(), NY);
    return new EngagementMonitor(EngagementPolicy.DEFAULT, friday)
        .evaluate(ALEX, NY, program, sessions, attendance, measures, Set.of("phq-9"));
  }

  /** Evaluated on the Monday of week 7, so "last week" is week 6. */
  EngagementReport evaluateNextMonday() {
    Clock monday = Clock.fixed(FIRST_MONDAY.plusWeeks(6).atTime(9, 0).atZone(NY).toInstant(), NY);
    return new EngagementMonitor(EngagementPolicy.DEFAULT, monday)
        .evaluate(ALEX, NY, program, sessions, attendance, measures, Set.of("phq-9"));
  }

  @Test
  void steadyAttendanceWithMeasuresRaisesNothing() {
    attend(0, 17, AttendanceStatus.PRESENT);
    measureEveryWeek();

    assertThat(evaluateNextMonday().signals()).isEmpty();
  }

  @Test
  void twoConsecutiveNoShowsOpenAnOutreachTaskOnce() {
    attend(0, 15, AttendanceStatus.PRESENT);
    attend(16, 17, AttendanceStatus.NO_SHOW);
    measureEveryWeek();

    EngagementReport first = evaluate();
    EngagementReport again = evaluate();

    assertThat(first.has(SignalKind.NO_SHOW_STREAK)).isTrue();
    assertThat(first.tasks()).hasSize(1);
    OutreachTask task = first.tasks().get(0);
    assertThat(task.participant()).isEqualTo(ALEX);
    assertThat(task.dueBy()).isEqualTo(task.openedAt().plus(Duration.ofDays(1)));
    assertThat(again.tasks()).isEqualTo(first.tasks());
  }

  @Test
  void anExcusedAbsenceBreaksANoShowStreak() {
    attend(0, 15, AttendanceStatus.PRESENT);
    attend(16, 16, AttendanceStatus.NO_SHOW);
    attend(17, 17, AttendanceStatus.EXCUSED_ABSENCE);

    assertThat(evaluate().has(SignalKind.NO_SHOW_STREAK)).isFalse();
  }

  @Test
  void aFallingAttendanceTrendRaisesASignal() {
    // Weeks 3-4 (sessions 6-11 before the recent window): all attended.
    // Weeks 5-6 (sessions 12-17): two of six attended.
    attend(0, 11, AttendanceStatus.PRESENT);
    attend(12, 13, AttendanceStatus.PRESENT);
    attend(14, 14, AttendanceStatus.EXCUSED_ABSENCE);
    attend(15, 15, AttendanceStatus.NO_SHOW);
    attend(16, 16, AttendanceStatus.EXCUSED_ABSENCE);
    attend(17, 17, AttendanceStatus.TECHNICAL_FAILURE);

    EngagementReport report = evaluate();

    assertThat(report.has(SignalKind.ATTENDANCE_FALLING)).isTrue();
    assertThat(report.signals())
        .filteredOn(s -> s.kind() == SignalKind.ATTENDANCE_FALLING)
        .extracting(EngagementSignal::detail)
        .containsExactly("attended 100% then 50% of sessions");
  }

  @Test
  void aMissedWeeklyMeasureRaisesASignalForLastWeek() {
    attend(0, 17, AttendanceStatus.PRESENT);
    measureEveryWeek();
    measures.remove(5);

    EngagementReport report = evaluateNextMonday();

    assertThat(report.signals())
        .extracting(EngagementSignal::kind, EngagementSignal::on)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                SignalKind.MEASURE_MISSED, FIRST_MONDAY.plusWeeks(5)));
  }

  @Test
  void fewerHoursThanTheProgramMinimumRaisesASignal() {
    attend(0, 14, AttendanceStatus.PRESENT);
    attend(15, 15, AttendanceStatus.PRESENT);
    attend(16, 17, AttendanceStatus.EXCUSED_ABSENCE);
    measureEveryWeek();

    EngagementReport report = evaluateNextMonday();

    // 3 h received of the adult ASAM minimum of 9 h.
    assertThat(report.signals())
        .filteredOn(s -> s.kind() == SignalKind.BELOW_WEEKLY_HOURS)
        .extracting(EngagementSignal::detail)
        .containsExactly("received 180 of 540 minutes in the week of 2026-03-09");
  }

  @Test
  void attendingAgainAfterAStreakIsAWelcomeBackNotAnOutreach() {
    attend(0, 13, AttendanceStatus.PRESENT);
    attend(14, 16, AttendanceStatus.NO_SHOW);
    attend(17, 17, AttendanceStatus.PRESENT);

    EngagementReport report = evaluate();

    assertThat(report.has(SignalKind.WELCOME_BACK)).isTrue();
    assertThat(report.has(SignalKind.NO_SHOW_STREAK)).isFalse();
    assertThat(report.tasks()).isEmpty();
  }

  @Test
  void signalDetailsNameNoClinicalContent() {
    attend(0, 11, AttendanceStatus.PRESENT);
    attend(12, 17, AttendanceStatus.NO_SHOW);

    for (EngagementSignal s : evaluateNextMonday().signals()) {
      assertThat(s.detail()).doesNotContain("CBT", "skills", "Alex");
    }
  }
}
