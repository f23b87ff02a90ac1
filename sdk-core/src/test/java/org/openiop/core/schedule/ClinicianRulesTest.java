package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.schedule.RuleFixtures.NY;
import static org.openiop.core.schedule.RuleFixtures.check;
import static org.openiop.core.schedule.RuleFixtures.individual;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.Participant;
import org.openiop.core.people.TimeOff;
import org.openiop.core.program.Modality;
import org.openiop.core.program.SessionKind;

class ClinicianRulesTest {
  private final Participant a = RuleFixtures.participant("par_a", "US-NY", NY, AgeGroup.ADULT);
  private final Participant b = RuleFixtures.participant("par_b", "US-NY", NY, AgeGroup.ADULT);
  private final Participant teen =
      RuleFixtures.participant("par_t", "US-NY", NY, AgeGroup.ADOLESCENT);
  private final Clinician busy =
      RuleFixtures.clinician(
          "cln_busy",
          NY,
          List.of(RuleFixtures.licence("US-NY", null)),
          Set.of(Modality.DBT),
          new ClinicianLimits(2, 3, 1),
          RuleFixtures.everyDay(
              "09:00",
              "17:00",
              List.of(
                  new TimeOff(
                      Instant.parse("2026-03-06T00:00:00Z"),
                      Instant.parse("2026-03-07T00:00:00Z"),
                      "leave"))));
  private final Clinician plain = RuleFixtures.clinician("cln_plain", "US-NY");
  private final ScheduleDirectory dir =
      ScheduleDirectory.builder()
          .participants(List.of(a, b, teen))
          .clinicians(List.of(busy, plain))
          .build();

  private static Instant ny(String t) {
    return java.time.ZonedDateTime.of(java.time.LocalDateTime.parse(t), NY).toInstant();
  }

  @Test
  void workingHoursAndTimeOffAreRespected() {
    ClinicianAvailabilityRule rule = new ClinicianAvailabilityRule();
    assertThat(
            check(
                rule,
                dir,
                individual(ny("2026-03-02T10:00"), Duration.ofMinutes(50), a.id(), busy.id())))
        .isEmpty();
    assertThat(
            check(
                rule,
                dir,
                individual(ny("2026-03-02T16:30"), Duration.ofMinutes(50), a.id(), busy.id())))
        .extracting(RuleViolation::message)
        .containsExactly("session falls outside clinician cln_busy's working hours or in time off");
    assertThat(
            check(
                rule,
                dir,
                individual(ny("2026-03-05T10:00"), Duration.ofMinutes(50), a.id(), busy.id())))
        .isEmpty();
    assertThat(
            check(
                rule,
                dir,
                individual(ny("2026-03-06T10:00"), Duration.ofMinutes(50), a.id(), busy.id())))
        .hasSize(1);
  }

  @Test
  void dailyWeeklyAndCaseloadLimitsAreErrors() {
    ClinicianLoadRule rule = new ClinicianLoadRule();
    LedgerEntry monday =
        individual(ny("2026-03-02T09:00"), Duration.ofMinutes(90), a.id(), busy.id());
    LedgerEntry tuesday =
        individual(ny("2026-03-03T09:00"), Duration.ofMinutes(90), a.id(), busy.id());
    assertThat(
            check(
                rule,
                dir,
                individual(ny("2026-03-02T13:00"), Duration.ofMinutes(60), a.id(), busy.id()),
                monday))
        .extracting(RuleViolation::message)
        .containsExactly("clinician cln_busy would work 2 h 30 min that day; the limit is 2 h");
    List<RuleViolation> third =
        check(
            rule,
            dir,
            individual(ny("2026-03-04T09:00"), Duration.ofMinutes(30), b.id(), busy.id()),
            monday,
            tuesday);
    assertThat(third)
        .extracting(RuleViolation::message)
        .containsExactly(
            "clinician cln_busy would work 3 h 30 min that week; the limit is 3 h",
            "clinician cln_busy would see 2 participants individually that week; the caseload limit is 1");
  }

  @Test
  void aDbtGroupNeedsADbtTrainedFacilitator() {
    QualificationRule rule = new QualificationRule();
    LedgerEntry withPlain =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.DBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            List.of(a.id()),
            List.of(plain.id()),
            List.of(),
            null,
            false);
    assertThat(check(rule, dir, withPlain))
        .extracting(RuleViolation::message)
        .containsExactly(
            "no facilitator of session " + withPlain.sessionId().value() + " is qualified in DBT");
    LedgerEntry withBoth =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.DBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            List.of(a.id()),
            List.of(plain.id(), busy.id()),
            List.of(),
            null,
            false);
    assertThat(check(rule, dir, withBoth)).isEmpty();
    LedgerEntry cbt =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.CBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            List.of(a.id()),
            List.of(plain.id()),
            List.of(),
            null,
            false);
    assertThat(check(rule, dir, cbt)).isEmpty();
    LedgerEntry nobody =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.CBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            List.of(a.id()),
            List.of(),
            List.of(),
            null,
            false);
    assertThat(check(rule, dir, nobody))
        .extracting(RuleViolation::ruleId)
        .containsExactly("qualification");
  }

  @Test
  void adultsAndAdolescentsAreNotMixed() {
    PopulationRule rule = new PopulationRule();
    List<ParticipantId> mixed = List.of(a.id(), teen.id());
    LedgerEntry group =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.CBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            mixed,
            List.of(plain.id()),
            List.of(),
            (CohortId) null,
            false);
    assertThat(check(rule, dir, group))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.people()).containsExactly(a.id(), teen.id());
              assertThat(v.message()).endsWith("mixes adults and adolescents");
            });
    LedgerEntry adults =
        RuleFixtures.session(
            SessionKind.GROUP,
            Modality.CBT,
            ny("2026-03-02T18:00"),
            Duration.ofHours(3),
            List.of(a.id(), b.id()),
            List.of(plain.id()),
            List.of(),
            null,
            false);
    assertThat(check(rule, dir, adults)).isEmpty();
  }
}
