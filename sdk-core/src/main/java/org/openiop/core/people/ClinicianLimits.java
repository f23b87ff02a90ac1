package org.openiop.core.people;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.apiguardian.api.API;

/**
 * How much a clinician may be booked: hours per day and week, and active caseload.
 *
 * @param maxHoursPerDay 1-24
 * @param maxHoursPerWeek 1-100
 * @param maxCaseload active participants on the caseload, 1-1000
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ClinicianLimits(
    @Min(1) @Max(24) int maxHoursPerDay,
    @Min(1) @Max(100) int maxHoursPerWeek,
    @Min(1) @Max(1000) int maxCaseload) {

  /** Eight hours a day, forty a week, a caseload of forty. */
  public static final ClinicianLimits DEFAULT = new ClinicianLimits(8, 40, 40);
}
