package org.openiop.core.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.TypedId;

/**
 * No participant, clinician or support person is in two sessions at once, and a clinician has at
 * least a configurable buffer between sessions. Rule id {@code double-booking}; always an error.
 *
 * <p>Thread-safe and immutable. Each check costs one {@link CalendarView#entriesOf} lookup per
 * person in the session.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DoubleBookingRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "double-booking";

  private final Duration clinicianBuffer;

  /**
   * Creates the rule.
   *
   * @param clinicianBuffer the least time between two sessions of one clinician, zero for none;
   *     never {@code null}
   */
  public DoubleBookingRule(Duration clinicianBuffer) {
    Objects.requireNonNull(clinicianBuffer, "clinicianBuffer == null");
    if (clinicianBuffer.isNegative()) {
      throw new IllegalArgumentException("clinicianBuffer must not be negative");
    }
    this.clinicianBuffer = clinicianBuffer;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    LedgerEntry after = change.after();
    if (after == null) {
      return List.of();
    }
    List<RuleViolation> out = new ArrayList<>();
    for (TypedId person : after.people()) {
      boolean clinician = person instanceof ClinicianId;
      TimeSlot window = clinician ? after.slot().widenedBy(clinicianBuffer) : after.slot();
      for (LedgerEntry other : context.calendar().entriesOf(person, window)) {
        if (other.sessionId().equals(after.sessionId())) {
          continue;
        }
        String what =
            other.slot().overlaps(after.slot())
                ? "is already booked into overlapping session " + other.sessionId().value()
                : "needs "
                    + clinicianBuffer.toMinutes()
                    + " min between sessions; session "
                    + other.sessionId().value()
                    + " is closer";
        out.add(
            new RuleViolation(
                ID,
                Severity.ERROR,
                after.sessionId(),
                List.of(person),
                kind(person) + " " + person.value() + " " + what));
      }
    }
    return out;
  }

  static String kind(TypedId person) {
    String simple = person.getClass().getSimpleName();
    return simple.endsWith("Id") ? lower(simple.substring(0, simple.length() - 2)) : "person";
  }

  private static String lower(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (Character.isUpperCase(c)) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
