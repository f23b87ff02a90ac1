package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A scheduling rule: checks a proposed change against the calendar and says what it breaks.
 *
 * <p>The ledger runs every rule before it commits a change and refuses the change if any rule
 * returns an {@link Severity#ERROR}; the planner never produces a calendar with one. Hosts add
 * their own rules by implementing this interface and passing them to {@link
 * BookingLedger.Builder#addRule} or the planner.
 *
 * <p>Contract: implementations must be safe for concurrent use, must not block on I/O (everything
 * they need comes from the {@link RuleContext}), must not modify anything and must not throw for
 * any well-formed input. A rule that has nothing to say about a change (say, a group-size rule and
 * a cancellation) returns an empty list. Messages must not contain PHI (see {@link RuleViolation}).
 *
 * <pre>{@code
 * SchedulingRule noSundays = new SchedulingRule() {
 *   public String id() { return "host.no-sundays"; }
 *   public List<RuleViolation> check(ScheduleChange change, RuleContext context) { ... }
 * };
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SchedulingRule {

  /**
   * The rule's id, used in every violation it reports: lower-case words joined by dots or hyphens.
   *
   * @return the id; never {@code null}
   */
  String id();

  /**
   * Checks one proposed change. The calendar in {@code context} is the state before the change: it
   * still holds the {@code before} entry, if any, and not the {@code after} one.
   *
   * @param change the proposed change; never {@code null}
   * @param context the calendar and the facts about people and programs; never {@code null}
   * @return the violations, empty if the change is fine; never {@code null}
   */
  List<RuleViolation> check(ScheduleChange change, RuleContext context);

  /**
   * Checks a whole calendar: every entry of {@code calendar}, which the calendar in {@code context}
   * must hold. By default each entry is checked as an unchanged session ({@link
   * ScheduleChange#unchanged}); rules about whole weeks or people (weekly minimum hours,
   * attendance) override this to add their calendar-only checks. A conflict between two sessions
   * may be reported once for each of them.
   *
   * @param calendar the sessions to check; never {@code null}
   * @param context the calendar holding them, the directory and the time; never {@code null}
   * @return the violations, empty if the calendar is fine; never {@code null}
   */
  default List<RuleViolation> checkCalendar(List<LedgerEntry> calendar, RuleContext context) {
    List<RuleViolation> out = new ArrayList<>();
    for (LedgerEntry e : calendar) {
      out.addAll(check(ScheduleChange.unchanged(e), context));
    }
    return out;
  }
}
