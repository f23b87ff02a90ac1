package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.schedule.RuleFixtures.NY;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.CohortId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.SessionKind;

class WeeklyRulesTest {
  private final Program program =
      Scenario.adultProgram(); // 9-19 h, groups of 3-10, 80 % attendance
  private final Participant p = RuleFixtures.participant("par_w", "US-NY", NY, AgeGroup.ADULT);
  private final Participant q = RuleFixtures.participant("par_q", "US-NY", NY, AgeGroup.ADULT);
  private final Clinician c = RuleFixtures.clinician("cln_w", "US-NY");
  private final CohortId cohortId = CohortId.of("coh_w");
  private final Cohort cohort =
      new Cohort(
          cohortId,
          program.id(),
          "evening",
          NY,
          List.of(c.id()),
          10,
          List.of(
              new CohortMembership(p.id(), LocalDate.of(2026, 3, 2), null),
              new CohortMembership(q.id(), LocalDate.of(2026, 3, 4), null)));

  private ScheduleDirectory dir(List<Attendance> attendance) {
    return ScheduleDirectory.builder()
        .participants(List.of(p, q))
        .clinicians(List.of(c))
        .programs(List.of(program))
        .cohorts(List.of(cohort))
        .attendance(attendance)
        .build();
  }

  private static Instant ny(String t) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(t), NY).toInstant();
  }

  private LedgerEntry group(String at, int hours) {
    return RuleFixtures.session(
        SessionKind.GROUP,
        Modality.CBT,
        ny(at),
        Duration.ofHours(hours),
        List.of(p.id(), q.id()),
        List.of(c.id()),
        List.of(),
        cohortId,
        false);
  }

  @Test
  void aChangeThatPushesAWeekOverTheMaximumIsRefused() {
    WeeklyHoursRule rule = new WeeklyHoursRule();
    LedgerEntry[] week = {group("2026-03-02T09:00", 8), group("2026-03-03T09:00", 8)};
    List<RuleViolation> v =
        RuleFixtures.check(rule, dir(List.of()), group("2026-03-04T09:00", 4), week);
    assertThat(v)
        .extracting(RuleViolation::message)
        .contains(
            "participant par_w would be scheduled for 20 h that week; the program's maximum is 19 h");
    assertThat(RuleFixtures.check(rule, dir(List.of()), group("2026-03-09T09:00", 4), week))
        .isEmpty();
  }

  @Test
  void anUnderScheduledFullWeekIsAViolationButAPartialWeekIsNot() {
    List<LedgerEntry> calendar = new ArrayList<>();
    calendar.add(group("2026-03-02T18:00", 3)); // week of 2 March: 3 h for par_w
    calendar.add(group("2026-03-09T09:00", 5));
    calendar.add(group("2026-03-10T09:00", 5)); // week of 9 March: 10 h each
    List<RuleViolation> v =
        CalendarAudit.audit(
            calendar, dir(List.of()), RuleFixtures.NOW, List.of(new WeeklyHoursRule()));
    // par_q joined on Wednesday 4 March: that week is partial and not held to the minimum.
    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.people()).containsExactly(p.id());
              assertThat(x.message())
                  .isEqualTo(
                      "participant par_w is scheduled for 3 h in the week of 2026-03-02; the program's minimum is 9 h");
            });
  }

  @Test
  void aSessionCrossingSundayMidnightCountsInTheWeekItStarts() {
    WeeklyHoursRule rule = new WeeklyHoursRule();
    LedgerEntry lateSunday = group("2026-03-08T22:00", 4); // ends Monday 02:00
    LedgerEntry[] nextWeek = {group("2026-03-09T09:00", 8), group("2026-03-10T09:00", 8)};
    assertThat(
            RuleFixtures.check(
                rule, dir(List.of()), group("2026-03-11T09:00", 3), append(nextWeek, lateSunday)))
        .isEmpty(); // 19 h in the week of 9 March; the Sunday session belongs to the week before
  }

  private static LedgerEntry[] append(LedgerEntry[] a, LedgerEntry b) {
    LedgerEntry[] out = java.util.Arrays.copyOf(a, a.length + 1);
    out[a.length] = b;
    return out;
  }

  @Test
  void lowAttendanceInAFinishedWeekIsAWarning() {
    LedgerEntry monday = group("2026-03-02T09:00", 5);
    LedgerEntry tuesday = group("2026-03-03T09:00", 5);
    List<Attendance> attended =
        List.of(
            Attendance.ofParticipant(monday.sessionId(), p.id(), AttendanceStatus.PRESENT, 300),
            Attendance.ofParticipant(tuesday.sessionId(), p.id(), AttendanceStatus.NO_SHOW, 0),
            Attendance.ofParticipant(monday.sessionId(), q.id(), AttendanceStatus.PRESENT, 300),
            Attendance.ofParticipant(tuesday.sessionId(), q.id(), AttendanceStatus.PRESENT, 300));
    Instant later = Instant.parse("2026-03-10T12:00:00Z");
    List<RuleViolation> v =
        CalendarAudit.audit(
            List.of(monday, tuesday), dir(attended), later, List.of(new AttendanceRule()));
    assertThat(v)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.severity()).isEqualTo(Severity.WARNING);
              assertThat(x.message())
                  .isEqualTo(
                      "participant par_w attended 5 h of 10 h in the week of 2026-03-02, below the program's 80 % threshold");
            });
    // Before the week is over there is nothing to say yet.
    assertThat(
            CalendarAudit.audit(
                List.of(monday, tuesday),
                dir(attended),
                ny("2026-03-04T12:00"),
                List.of(new AttendanceRule())))
        .isEmpty();
  }

  @Test
  void aSmallGroupIsAWarningAndAnOverfullOneAnError() {
    LedgerEntry two = group("2026-03-02T09:00", 3);
    assertThat(RuleFixtures.check(new GroupSizeRule(), dir(List.of()), two))
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    LedgerEntry tiny = new LedgerEntry(two.session(), 1);
    assertThat(RuleFixtures.check(new CapacityRule(), dir(List.of()), tiny))
        .extracting(RuleViolation::message)
        .containsExactly(
            "session " + two.sessionId().value() + " would hold 2 participants; capacity is 1");
  }
}
