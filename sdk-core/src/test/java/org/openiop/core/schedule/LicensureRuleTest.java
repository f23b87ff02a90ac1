package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.schedule.RuleFixtures.NY;
import static org.openiop.core.schedule.RuleFixtures.check;
import static org.openiop.core.schedule.RuleFixtures.individual;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.Fixtures;
import org.openiop.core.Jurisdiction;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;

class LicensureRuleTest {
  private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  private final LicensureRule rule = new LicensureRule();
  private final Participant ana = RuleFixtures.participant("par_ana", "US-NY", NY, AgeGroup.ADULT);
  private final Clinician untilTenth =
      RuleFixtures.clinician(
          "cln_ny",
          LA,
          List.of(RuleFixtures.licence("US-NY", LocalDate.of(2026, 3, 10))),
          Set.of(),
          new ClinicianLimits(12, 60, 40),
          RuleFixtures.everyDay("00:00", "23:59", List.of()));
  private final ScheduleDirectory dir =
      ScheduleDirectory.builder()
          .participants(List.of(ana))
          .clinicians(List.of(untilTenth))
          .build();

  private static Instant ny(String local) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NY).toInstant();
  }

  @Test
  void aLicenceExpiringAtMidnightInTheParticipantsZoneCoversTheLastEvening() {
    // 22:00-22:50 in New York on the 10th is already the 11th in UTC and in the clinician's zone
    // it is still the 10th: the participant's local date decides.
    assertThat(
            check(
                rule,
                dir,
                individual(
                    ny("2026-03-10T22:00"), Duration.ofMinutes(50), ana.id(), untilTenth.id())))
        .isEmpty();
    List<RuleViolation> after =
        check(
            rule,
            dir,
            individual(ny("2026-03-11T00:00"), Duration.ofMinutes(50), ana.id(), untilTenth.id()));
    assertThat(after)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("licensure");
              assertThat(v.isError()).isTrue();
              assertThat(v.people()).containsExactly(untilTenth.id(), ana.id());
              assertThat(v.message())
                  .isEqualTo(
                      "clinician cln_ny holds no licence or compact privilege for US-NY, where participant par_ana is located, valid for the whole session");
            });
  }

  @Test
  void aSessionCrossingMidnightNeedsTheLicenceOnBothDates() {
    assertThat(
            check(
                rule,
                dir,
                individual(
                    ny("2026-03-10T23:30"), Duration.ofMinutes(50), ana.id(), untilTenth.id())))
        .extracting(RuleViolation::ruleId)
        .containsExactly("licensure");
  }

  @Test
  void aParticipantMovingMidWeekMakesTheLaterSessionsViolate() {
    Participant mover =
        RuleFixtures.participant(
            "par_mover",
            LocationHistory.since(Jurisdiction.of("US-NY"), NY, LocalDate.of(2025, 1, 1))
                .movedTo(Jurisdiction.of("US-CA"), LA, LocalDate.of(2026, 3, 4)),
            NY,
            AgeGroup.ADULT);
    Clinician nyOnly = RuleFixtures.clinician("cln_ny2", "US-NY");
    ScheduleDirectory d =
        ScheduleDirectory.builder()
            .participants(List.of(mover))
            .clinicians(List.of(nyOnly))
            .build();
    assertThat(
            check(
                rule,
                d,
                individual(
                    ny("2026-03-02T18:00"), Duration.ofMinutes(50), mover.id(), nyOnly.id())))
        .isEmpty();
    assertThat(
            check(
                rule,
                d,
                individual(
                    ny("2026-03-05T18:00"), Duration.ofMinutes(50), mover.id(), nyOnly.id())))
        .singleElement()
        .satisfies(v -> assertThat(v.message()).contains("for US-CA,"));
  }

  @Test
  void aCompactPrivilegeCoversMemberStatesOnly() {
    Clinician psychologist = Fixtures.psychologist(); // CO licence + PSYPACT privilege
    Participant inIllinois =
        RuleFixtures.participant("par_il", "US-IL", ZoneId.of("America/Chicago"), AgeGroup.ADULT);
    Participant inCalifornia = RuleFixtures.participant("par_ca", "US-CA", LA, AgeGroup.ADULT);
    ScheduleDirectory d =
        ScheduleDirectory.builder()
            .participants(List.of(inIllinois, inCalifornia))
            .clinicians(List.of(psychologist))
            .build();
    assertThat(
            check(
                rule,
                d,
                individual(
                    ny("2026-03-03T12:00"),
                    Duration.ofMinutes(50),
                    inIllinois.id(),
                    psychologist.id())))
        .isEmpty();
    assertThat(
            check(
                rule,
                d,
                individual(
                    ny("2026-03-03T12:00"),
                    Duration.ofMinutes(50),
                    inCalifornia.id(),
                    psychologist.id())))
        .extracting(RuleViolation::ruleId)
        .containsExactly("licensure");
  }

  @Test
  void unknownPeopleAreReportedNotThrown() {
    ScheduleDirectory empty = ScheduleDirectory.builder().build();
    assertThat(
            check(
                rule,
                empty,
                individual(
                    ny("2026-03-03T12:00"), Duration.ofMinutes(50), ana.id(), untilTenth.id())))
        .extracting(RuleViolation::message)
        .containsExactly("participant par_ana is not in the directory");
  }
}
