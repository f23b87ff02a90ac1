package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionStatus;

class CalendarExpanderTest {
  private static final ZoneId NY = ZoneId.of("America/New_York");
  private final Program program = Scenario.adultProgram();
  private final Cohort evening =
      new Cohort(
          CohortId.of("coh_eve"),
          program.id(),
          "evening",
          NY,
          List.of(ClinicianId.of("cln_f")),
          10,
          List.of(
              new CohortMembership(ParticipantId.of("par_m"), LocalDate.of(2026, 1, 13), null)));

  private CalendarExpander expander(HolidayHandling handling) {
    return CalendarExpander.builder()
        .holidays(HolidayCalendar.usFederal())
        .holidayHandling(handling)
        .ids(IdGenerator.seeded(1))
        .build();
  }

  @Test
  void aHolidayMondayMovesToTheNextDayWithoutAGroupAndIsReported() {
    Expansion e =
        expander(HolidayHandling.MOVE_TO_NEXT_OPEN_DAY)
            .expand(program, evening, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 25));
    assertThat(e.sessions()).hasSize(6);
    assertThat(e.moved())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.from()).isEqualTo(LocalDate.of(2026, 1, 19));
              assertThat(m.to())
                  .isEqualTo(LocalDate.of(2026, 1, 21)); // Tuesday already has a group
              assertThat(m.holiday().name()).isEqualTo("Birthday of Martin Luther King, Jr.");
            });
    assertThat(e.sessions())
        .allSatisfy(
            s -> {
              assertThat(s.start().atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
              assertThat(s.zone()).isEqualTo(NY);
              assertThat(s.status()).isEqualTo(SessionStatus.PLANNED);
              assertThat(s.facilitators()).containsExactly(ClinicianId.of("cln_f"));
            });
    // The member joined on 13 January: not on the 12th's roster, on every later one.
    assertThat(e.sessions().get(0).participants()).isEmpty();
    assertThat(e.sessions().subList(1, 6))
        .allSatisfy(s -> assertThat(s.participants()).containsExactly(ParticipantId.of("par_m")));
  }

  @Test
  void aSkippedHolidayCanBeMadeUp() {
    Expansion e =
        expander(HolidayHandling.SKIP)
            .expand(program, evening, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 25));
    assertThat(e.sessions()).hasSize(5);
    Expansion.Skipped skipped = e.skipped().get(0);
    assertThat(skipped.date()).isEqualTo(LocalDate.of(2026, 1, 19));
    Expansion makeUp =
        expander(HolidayHandling.SKIP)
            .makeUp(skipped.template(), evening, LocalDate.of(2026, 1, 24));
    Session s = makeUp.sessions().get(0);
    assertThat(s.start().atZone(NY).toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 24));
    assertThat(s.duration()).isEqualTo(Duration.ofHours(3));
    assertThat(s.topic()).isEqualTo(skipped.template().topic());
  }

  @Test
  void theSameSeedGivesTheSameSessionIds() {
    Expansion a =
        expander(HolidayHandling.SKIP)
            .expand(program, evening, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
    Expansion b =
        expander(HolidayHandling.SKIP)
            .expand(program, evening, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 29));
    assertThat(a).isEqualTo(b);
    assertThat(a.adjustments()).isEmpty(); // 18:00 is never in a DST gap
  }

  @Test
  void aCohortOfAnotherProgramIsRefused() {
    Cohort other =
        Cohort.empty(CohortId.of("coh_x"), ProgramId.of("prg_other"), "evening", NY, List.of(), 5);
    assertThatThrownBy(
            () ->
                expander(HolidayHandling.SKIP)
                    .expand(program, other, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cohort belongs to another program");
  }
}
