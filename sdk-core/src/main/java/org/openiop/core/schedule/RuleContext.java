package org.openiop.core.schedule;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link SchedulingRule} may look at: the calendar as it is before the change, the facts
 * about people and programs, and the current time.
 *
 * @param calendar the booked sessions; never {@code null}
 * @param directory participants, clinicians, programs, consents by id; never {@code null}
 * @param now the current instant, from the caller's clock; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleContext(CalendarView calendar, ScheduleDirectory directory, Instant now) {
  /** Checks the parts. */
  public RuleContext {
    Objects.requireNonNull(calendar, "calendar == null");
    Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(now, "now == null");
  }
}
