package org.openiop.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ProgramId;
import org.openiop.core.people.AgeGroup;

class ProgramTest {

  @Test
  void weeklyServiceDefaultsFollowAsamLevelTwoPointOne() {
    Program adult = Fixtures.program();
    assertThat(adult.minWeeklyService()).isEqualTo(Duration.ofHours(9));
    assertThat(adult.maxWeeklyService()).isEqualTo(Duration.ofHours(19));
    Program teen =
        Program.builder()
            .id(ProgramId.of("prg_teen"))
            .name("Teen IOP")
            .population(AgeGroup.ADOLESCENT)
            .build();
    assertThat(teen.minWeeklyService()).isEqualTo(Duration.ofHours(6));
    assertThat(teen.maxWeeklyService()).isEqualTo(Duration.ofHours(19));
  }

  @Test
  void templatesApplyToTheirTrackOrToAll() {
    Program p = Fixtures.program();
    assertThat(p.templatesFor("weekend"))
        .extracting(SessionTemplate::day)
        .containsExactly(DayOfWeek.SATURDAY, DayOfWeek.THURSDAY);
    assertThat(p.scheduledWeeklyService("weekday-evening")).isEqualTo(Duration.ofMinutes(240));
    assertThat(p.track("weekend")).isPresent();
  }

  @Test
  void aTemplateForAnUnknownTrackIsRejected() {
    assertThatThrownBy(
            () ->
                Fixtures.program().toBuilder()
                    .sessionTemplates(
                        List.of(
                            new SessionTemplate(
                                "nights",
                                DayOfWeek.MONDAY,
                                LocalTime.of(22, 0),
                                Duration.ofMinutes(50),
                                SessionKind.GROUP,
                                Modality.CBT,
                                "CBT")))
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: sessionTemplates[0].track: must name one of the program's tracks");
  }

  @Test
  void contentRulesAreReportedTogether() {
    assertThatThrownBy(
            () ->
                Fixtures.program().toBuilder()
                    .lengthWeeks(0)
                    .attendanceThresholdPercent(101)
                    .name(" ")
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(v -> v.path())
                    .containsExactly(
                        "program.attendanceThresholdPercent",
                        "program.lengthWeeks",
                        "program.name"));
  }
}
