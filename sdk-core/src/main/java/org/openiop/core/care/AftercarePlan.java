package org.openiop.core.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * An aftercare plan: post-discharge check-ins and alumni-group access. The check-ins are due dates
 * for the host to book through its scheduling engine.
 *
 * @param dischargeDate the day of discharge
 * @param checkIns the check-ins, in due order, each after discharge
 * @param alumniGroupAccess whether the participant may join the program's alumni group
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AftercarePlan(
    LocalDate dischargeDate, List<CheckIn> checkIns, boolean alumniGroupAccess)
    implements PlanContent {

  /**
   * One post-discharge check-in.
   *
   * @param daysAfterDischarge at least 1
   * @param due the due date: discharge date plus {@code daysAfterDischarge}
   * @param purpose e.g. "PHQ-9 and safety-plan review"
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record CheckIn(int daysAfterDischarge, LocalDate due, String purpose) {
    /** Checks the offset and purpose. */
    public CheckIn {
      Objects.requireNonNull(due, "due == null");
      Texts.text("checkIn.purpose", purpose);
      if (daysAfterDischarge < 1) {
        throw InvalidInputException.of("checkIn.daysAfterDischarge", "must be at least 1");
      }
    }
  }

  /** Checks that each check-in's due date matches its offset and that they are in order. */
  public AftercarePlan {
    Objects.requireNonNull(dischargeDate, "dischargeDate == null");
    checkIns = List.copyOf(checkIns);
    int previous = 0;
    for (CheckIn c : checkIns) {
      if (!c.due().equals(dischargeDate.plusDays(c.daysAfterDischarge()))) {
        throw InvalidInputException.of(
            "aftercarePlan.checkIns", "due must be the discharge date plus daysAfterDischarge");
      }
      if (c.daysAfterDischarge() <= previous) {
        throw InvalidInputException.of("aftercarePlan.checkIns", "must be in increasing order");
      }
      previous = c.daysAfterDischarge();
    }
  }

  /**
   * The standard plan: check-ins 7, 30 and 90 days after discharge, and alumni-group access.
   *
   * @param dischargeDate the day of discharge
   * @return the plan
   */
  public static AftercarePlan standard(LocalDate dischargeDate) {
    return withCheckInsAt(dischargeDate, true, 7, 30, 90);
  }

  /**
   * A plan with check-ins at the given day offsets.
   *
   * @param dischargeDate the day of discharge
   * @param alumniGroupAccess whether alumni-group access is granted
   * @param days increasing offsets, each at least 1
   * @return the plan
   */
  public static AftercarePlan withCheckInsAt(
      LocalDate dischargeDate, boolean alumniGroupAccess, int... days) {
    Objects.requireNonNull(dischargeDate, "dischargeDate == null");
    List<CheckIn> list = new ArrayList<>();
    for (int d : days) {
      list.add(new CheckIn(d, dischargeDate.plusDays(d), "post-discharge check-in, day " + d));
    }
    return new AftercarePlan(dischargeDate, list, alumniGroupAccess);
  }

  @Override
  public PlanKind kind() {
    return PlanKind.AFTERCARE;
  }

  @Override
  public String toString() {
    return "AftercarePlan[(redacted)]";
  }
}
