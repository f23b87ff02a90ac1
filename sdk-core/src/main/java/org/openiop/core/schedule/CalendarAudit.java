package org.openiop.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.TypedId;

/**
 * Checks a whole calendar against rules, without booking it: for reviewing a plan, an imported
 * schedule or last month's sessions.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CalendarAudit {
  private CalendarAudit() {}

  /**
   * Runs {@link SchedulingRule#checkCalendar} of every rule over {@code calendar}.
   *
   * @param calendar the sessions (unique ids); never {@code null}
   * @param directory the facts about people and programs; never {@code null}
   * @param now the current instant; never {@code null}
   * @param rules the rules; never {@code null}
   * @return every violation, each once, errors first; never {@code null}
   */
  public static List<RuleViolation> audit(
      List<LedgerEntry> calendar,
      ScheduleDirectory directory,
      Instant now,
      List<? extends SchedulingRule> rules) {
    Objects.requireNonNull(calendar, "calendar == null");
    Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(now, "now == null");
    Objects.requireNonNull(rules, "rules == null");
    LedgerStore store = LedgerStore.inMemory();
    for (LedgerEntry e : calendar) {
      Map<TypedId, Long> versions = new HashMap<>();
      versions.put(e.sessionId(), store.version(e.sessionId()));
      for (TypedId p : e.people()) {
        versions.put(p, store.version(p));
      }
      if (store.entry(e.sessionId()).isPresent()) {
        throw new IllegalArgumentException("calendar repeats a session id");
      }
      store.commit(new LedgerCommit(versions, List.of(e), Set.of()));
    }
    RuleContext context = new RuleContext(store, directory, now);
    Set<RuleViolation> out = new LinkedHashSet<>();
    for (SchedulingRule rule : rules) {
      out.addAll(rule.checkCalendar(calendar, context));
    }
    List<RuleViolation> sorted = new ArrayList<>(out);
    sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
    return sorted;
  }
}
