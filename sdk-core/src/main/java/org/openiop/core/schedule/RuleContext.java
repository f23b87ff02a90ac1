package org.openiop.core.schedule;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a {@link SchedulingRule} may look at: the calendar as it is before the change.
 *
 * @param calendar the booked sessions; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RuleContext(CalendarView calendar) {
  /** Checks the parts. */
  public RuleContext {
    Objects.requireNonNull(calendar, "calendar == null");
  }
}
