package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.people.Clinician;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Program;

/**
 * Everything the planner places people with: the referrals, the programs and cohorts they may join,
 * the clinicians who may take individual and family sessions, the directory of people and consents,
 * and the planning horizon.
 *
 * @param referrals the participants to place, each once; never {@code null}
 * @param programs the programs of the cohorts; never {@code null}
 * @param cohorts the cohorts to place into; never {@code null}
 * @param clinicians the clinicians available for individual and family sessions (facilitators of
 *     cohorts are booked for their groups first); never {@code null}
 * @param directory participants, support persons, consents, compacts; never {@code null}
 * @param horizonStart the first day planned, a Monday; never {@code null}
 * @param weeks how many weeks to plan, 1 to 104
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanningRequest(
    List<Referral> referrals,
    List<Program> programs,
    List<Cohort> cohorts,
    List<Clinician> clinicians,
    ScheduleDirectory directory,
    LocalDate horizonStart,
    int weeks) {
  /** Checks the parts and copies the lists. */
  public PlanningRequest {
    referrals = List.copyOf(Objects.requireNonNull(referrals, "referrals == null"));
    programs = List.copyOf(Objects.requireNonNull(programs, "programs == null"));
    cohorts = List.copyOf(Objects.requireNonNull(cohorts, "cohorts == null"));
    clinicians = List.copyOf(Objects.requireNonNull(clinicians, "clinicians == null"));
    Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(horizonStart, "horizonStart == null");
    if (horizonStart.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("horizonStart must be a Monday");
    }
    if (weeks < 1 || weeks > 104) {
      throw new IllegalArgumentException("weeks must be 1 to 104");
    }
    if (referrals.stream().map(Referral::participant).distinct().count() != referrals.size()) {
      throw new IllegalArgumentException("a participant is referred twice");
    }
  }
}
