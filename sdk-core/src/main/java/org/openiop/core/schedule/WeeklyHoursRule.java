package org.openiop.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

/**
 * Each participant's scheduled service hours per week stay within their program's minimum and
 * maximum. Weeks run Monday to Sunday in the participant's zone (where they are at each session's
 * start); a session counts in the week it starts. Rule id {@code weekly-hours}; always an error.
 *
 * <p>A single change can only push a week over the maximum; an under-scheduled week is found by
 * {@link #checkCalendar}, which looks at every week in the calendar's span (from the week of its
 * first session to the week of its last) for which the participant is a cohort member from Monday
 * to Sunday. Weeks of partial membership (joining or leaving mid-week, a taper) are not held to the
 * minimum.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WeeklyHoursRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "weekly-hours";

  /** Creates the rule. */
  public WeeklyHoursRule() {}

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
    Session s = after.session();
    List<RuleViolation> out = new ArrayList<>();
    for (ParticipantId pid : s.participants()) {
      Optional<Participant> p = context.directory().participant(pid);
      Optional<Program> program = Rules.programOf(context, s, pid);
      if (p.isEmpty() || program.isEmpty()) {
        continue;
      }
      ZoneId zone = Rules.zoneAt(p.get(), s.start());
      TimeSlot week = Rules.days(Rules.monday(s.start().atZone(zone).toLocalDate()), 7, zone);
      Duration total = Rules.bookedIn(context.calendar(), pid, week, change);
      if (total.compareTo(program.get().maxWeeklyService()) > 0) {
        out.add(over(s, pid, total, program.get()));
      }
    }
    return out;
  }

  @Override
  public List<RuleViolation> checkCalendar(List<LedgerEntry> calendar, RuleContext context) {
    Objects.requireNonNull(calendar, "calendar == null");
    Objects.requireNonNull(context, "context == null");
    if (calendar.isEmpty()) {
      return List.of();
    }
    // Sessions per participant and week (Monday in the participant's zone at the session).
    Map<ParticipantId, TreeMap<LocalDate, Duration>> hours = new LinkedHashMap<>();
    LocalDate first = LocalDate.MAX;
    LocalDate last = LocalDate.MIN;
    for (LedgerEntry e : calendar) {
      Session s = e.session();
      LocalDate d = s.start().atZone(s.zone()).toLocalDate();
      first = d.isBefore(first) ? d : first;
      last = d.isAfter(last) ? d : last;
      for (ParticipantId pid : s.participants()) {
        Optional<Participant> p = context.directory().participant(pid);
        if (p.isEmpty()) {
          continue;
        }
        LocalDate monday =
            Rules.monday(s.start().atZone(Rules.zoneAt(p.get(), s.start())).toLocalDate());
        hours
            .computeIfAbsent(pid, k -> new TreeMap<>())
            .merge(monday, s.duration(), Duration::plus);
      }
    }
    List<RuleViolation> out = new ArrayList<>();
    LocalDate firstWeek = Rules.monday(first);
    LocalDate lastWeek = Rules.monday(last);
    for (Map.Entry<ParticipantId, TreeMap<LocalDate, Duration>> byWeek : hours.entrySet()) {
      ParticipantId pid = byWeek.getKey();
      for (LocalDate w = firstWeek; !w.isAfter(lastWeek); w = w.plusWeeks(1)) {
        Optional<Program> program = fullWeekProgram(context, pid, w);
        if (program.isEmpty()) {
          continue;
        }
        Duration total = byWeek.getValue().getOrDefault(w, Duration.ZERO);
        if (total.compareTo(program.get().minWeeklyService()) < 0) {
          out.add(
              new RuleViolation(
                  ID,
                  Severity.ERROR,
                  null,
                  List.of(pid),
                  Rules.name(pid)
                      + " is scheduled for "
                      + Rules.hours(total)
                      + " in the week of "
                      + w
                      + "; the program's minimum is "
                      + Rules.hours(program.get().minWeeklyService())));
        } else if (total.compareTo(program.get().maxWeeklyService()) > 0) {
          out.add(
              new RuleViolation(
                  ID,
                  Severity.ERROR,
                  null,
                  List.of(pid),
                  Rules.name(pid)
                      + " is scheduled for "
                      + Rules.hours(total)
                      + " in the week of "
                      + w
                      + "; the program's maximum is "
                      + Rules.hours(program.get().maxWeeklyService())));
        }
      }
    }
    return out;
  }

  private static Optional<Program> fullWeekProgram(
      RuleContext context, ParticipantId pid, LocalDate monday) {
    for (Cohort c : context.directory().cohortsOf(pid)) {
      for (CohortMembership m : c.memberships()) {
        if (m.participant().equals(pid)
            && m.isMemberOn(monday)
            && m.isMemberOn(monday.plusDays(6))) {
          return context.directory().program(c.program());
        }
      }
    }
    return Optional.empty();
  }

  private static RuleViolation over(Session s, ParticipantId pid, Duration total, Program p) {
    return Rules.error(
        ID,
        s.id(),
        pid,
        Rules.name(pid)
            + " would be scheduled for "
            + Rules.hours(total)
            + " that week; the program's maximum is "
            + Rules.hours(p.maxWeeklyService()));
  }
}
