package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final Instant NOW =
      Scenario.MONDAY.minusDays(3).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);

  private static List<RuleViolation> errors(Planner planner, Scenario s, Plan plan) {
    InMemoryScheduleDirectory after = s.directory;
    for (var c : plan.cohorts()) {
      after = after.withCohort(c);
    }
    return CalendarAudit.audit(plan.calendar(), after, NOW, planner.rules()).stream()
        .filter(RuleViolation::isError)
        .toList();
  }

  @Test
  void aSmallHealthSystemIsPlannedWithoutAnyErrorViolation() {
    Scenario s = Scenario.generate(7, 120, 40, 12, 8);
    Planner planner =
        Planner.builder()
            .seed(7)
            .holidays(HolidayCalendar.usFederal(), HolidayHandling.MOVE_TO_NEXT_OPEN_DAY)
            .build();
    Plan plan = planner.plan(s.request);
    assertThat(plan.placements()).isNotEmpty();
    assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(120);
    assertThat(errors(planner, s, plan)).isEmpty();
    assertThat(plan.unplaced()).allSatisfy(u -> assertThat(u.blockingRules()).isNotEmpty());
  }

  @Test
  void theSameSeedGivesTheSamePlan() {
    Scenario s = Scenario.generate(3, 80, 30, 8, 6);
    Plan a = Planner.builder().seed(11).build().plan(s.request);
    Plan b = Planner.builder().seed(11).build().plan(s.request);
    assertThat(a).isEqualTo(b);
  }

  @Property(tries = 12)
  void everyPlanSatisfiesAllErrorRules(
      @ForAll long seed,
      @ForAll @IntRange(min = 10, max = 90) int participants,
      @ForAll @IntRange(min = 4, max = 30) int jurisdictions,
      @ForAll @IntRange(min = 2, max = 8) int cohorts) {
    Scenario s = Scenario.generate(seed, participants, 30, jurisdictions, cohorts);
    Planner planner = Planner.builder().seed(seed).build();
    Plan plan = planner.plan(s.request);
    assertThat(errors(planner, s, plan)).isEmpty();
    assertThat(plan.placements().size() + plan.unplaced().size()).isEqualTo(participants);
  }
}
