package org.openiop.core.schedule;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A session never holds more participants than its capacity. Rule id {@code group-size.max}; always
 * an error. (The minimum group size is a warning from {@code GroupSizeRule}.)
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CapacityRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "group-size.max";

  /** Creates the rule. */
  public CapacityRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    LedgerEntry after = change.after();
    if (after == null || after.participants().size() <= after.capacity()) {
      return List.of();
    }
    return List.of(
        new RuleViolation(
            ID,
            Severity.ERROR,
            after.sessionId(),
            List.<org.openiop.core.TypedId>copyOf(after.participants()),
            "session "
                + after.sessionId().value()
                + " would hold "
                + after.participants().size()
                + " participants; capacity is "
                + after.capacity()));
  }
}
