package org.openiop.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.TypedId;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

/**
 * A group session with participants holds at least the program's minimum group size. Rule id {@code
 * group-size.min}; a warning (the maximum is the error {@link CapacityRule}).
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GroupSizeRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "group-size.min";

  /** Creates the rule. */
  public GroupSizeRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    LedgerEntry after = change.after();
    if (after == null || after.participants().isEmpty()) {
      return List.of();
    }
    Session s = after.session();
    if (!Rules.isGroup(s.kind())) {
      return List.of();
    }
    Optional<Program> program = Rules.programOf(context, s, s.participants().get(0));
    if (program.isEmpty() || s.participants().size() >= program.get().minGroupSize()) {
      return List.of();
    }
    return List.of(
        new RuleViolation(
            ID,
            Severity.WARNING,
            s.id(),
            List.<TypedId>copyOf(s.participants()),
            "group session "
                + s.id().value()
                + " has "
                + s.participants().size()
                + " participants; the program's minimum is "
                + program.get().minGroupSize()));
  }
}
