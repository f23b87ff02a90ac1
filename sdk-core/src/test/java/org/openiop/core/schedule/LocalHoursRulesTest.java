package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.schedule.RuleFixtures.check;
import static org.openiop.core.schedule.RuleFixtures.individual;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.Jurisdiction;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;

class LocalHoursRulesTest {
  private final ParticipantHoursRule rule = new ParticipantHoursRule();
  private final Clinician c = RuleFixtures.clinician("cln_any", "US-NY");

  private ScheduleDirectory dir(Participant p) {
    return ScheduleDirectory.builder().participants(List.of(p)).clinicians(List.of(c)).build();
  }

  private List<RuleViolation> at(Participant p, String utc, int minutes) {
    return check(
        rule, dir(p), individual(Instant.parse(utc), Duration.ofMinutes(minutes), p.id(), c.id()));
  }

  @Test
  void kolkataIsHalfAnHourOffTheHour() {
    Participant p =
        RuleFixtures.participant("par_in", "IN-MH", ZoneId.of("Asia/Kolkata"), AgeGroup.ADULT);
    assertThat(at(p, "2026-03-02T01:00:00Z", 50))
        .extracting(RuleViolation::ruleId)
        .containsExactly("participant-hours"); // 06:30
    assertThat(at(p, "2026-03-02T01:30:00Z", 50)).isEmpty(); // 07:00
    assertThat(at(p, "2026-03-02T15:40:00Z", 50)).isEmpty(); // 21:10-22:00
    assertThat(at(p, "2026-03-02T15:45:00Z", 50)).hasSize(1); // ends 22:05
  }

  @Test
  void stJohnsIsThreeAndAHalfHoursBehind() {
    Participant p =
        RuleFixtures.participant("par_nl", "CA-NL", ZoneId.of("America/St_Johns"), AgeGroup.ADULT);
    assertThat(at(p, "2026-03-02T10:30:00Z", 50)).isEmpty(); // 07:00 NST
    assertThat(at(p, "2026-03-02T10:00:00Z", 50)).hasSize(1); // 06:30 NST
    assertThat(at(p, "2026-03-02T00:40:00Z", 50)).isEmpty(); // 21:10-22:00 NST on 1 March
    assertThat(at(p, "2026-03-02T00:45:00Z", 50)).hasSize(1); // 21:15-22:05 NST
  }

  @Test
  void lordHowesHalfHourDstShiftsTheEarliestStart() {
    Participant p =
        RuleFixtures.participant(
            "par_lh", "AU-NSW", ZoneId.of("Australia/Lord_Howe"), AgeGroup.ADULT);
    // 2026-10-04 02:00 local the clocks go from +10:30 to +11:00.
    assertThat(at(p, "2026-10-03T20:00:00Z", 50)).isEmpty(); // 07:00 on the 4th (+11:00)
    assertThat(at(p, "2026-10-02T20:00:00Z", 50)).hasSize(1); // 06:30 on the 3rd (+10:30)
  }

  @Test
  void aSessionCrossingMidnightIsOutsideEvenWideHours() {
    Participant p = RuleFixtures.participant("par_owl", "US-NY", RuleFixtures.NY, AgeGroup.ADULT);
    ScheduleDirectory d =
        ScheduleDirectory.builder()
            .participants(List.of(p))
            .clinicians(List.of(c))
            .localHours(p.id(), new LocalHours(LocalTime.MIDNIGHT, LocalTime.of(23, 59)))
            .build();
    // 23:30-00:20 New York time.
    assertThat(
            check(
                rule,
                d,
                individual(
                    Instant.parse("2026-03-03T04:30:00Z"), Duration.ofMinutes(50), p.id(), c.id())))
        .extracting(RuleViolation::message)
        .containsExactly("session falls outside participant par_owl's local hours 00:00-23:59");
    assertThat(
            check(
                rule,
                d,
                individual(
                    Instant.parse("2026-03-03T03:30:00Z"), Duration.ofMinutes(50), p.id(), c.id())))
        .isEmpty();
  }

  @Test
  void hoursFollowTheParticipantWhenTheyMove() {
    Participant mover =
        RuleFixtures.participant(
            "par_mv",
            LocationHistory.since(
                    Jurisdiction.of("US-NY"), RuleFixtures.NY, LocalDate.of(2025, 1, 1))
                .movedTo(
                    Jurisdiction.of("US-CA"),
                    ZoneId.of("America/Los_Angeles"),
                    LocalDate.of(2026, 3, 4)),
            RuleFixtures.NY,
            AgeGroup.ADULT);
    // 07:30 New York time: fine on Monday in New York, 04:30 in Los Angeles on Thursday.
    assertThat(at(mover, "2026-03-02T12:30:00Z", 50)).isEmpty();
    assertThat(at(mover, "2026-03-05T12:30:00Z", 50)).hasSize(1);
  }
}
