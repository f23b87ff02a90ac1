package org.openiop.core.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The built-in scheduling rules, ready to hand to a {@link BookingLedger} or the {@link Planner}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * Every built-in rule: double-booking (with the clinician buffer), group size max and min, weekly
   * hours, licensure, participant local hours, clinician availability and load, qualification,
   * population, consent and attendance.
   *
   * @param clinicianBuffer the least time between two sessions of one clinician; never {@code null}
   * @return the rules, in that order; immutable
   */
  public static List<SchedulingRule> standard(Duration clinicianBuffer) {
    Objects.requireNonNull(clinicianBuffer, "clinicianBuffer == null");
    return List.of(
        new DoubleBookingRule(clinicianBuffer),
        new CapacityRule(),
        new GroupSizeRule(),
        new WeeklyHoursRule(),
        new LicensureRule(),
        new ParticipantHoursRule(),
        new ClinicianAvailabilityRule(),
        new ClinicianLoadRule(),
        new QualificationRule(),
        new PopulationRule(),
        new ConsentRule(),
        new AttendanceRule());
  }
}
