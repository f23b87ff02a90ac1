package org.openiop.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Program;
import org.openiop.core.program.ServiceHours;
import org.openiop.core.program.Session;

/**
 * Attended hours below the program's attendance threshold raise a warning: for every finished
 * Monday-to-Sunday week (in the participant's home zone) in the calendar, attended hours (from the
 * directory's attendance records, via {@link ServiceHours}) are compared with scheduled hours. Rule
 * id {@code attendance}; a warning. It only looks at whole calendars; single changes pass.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AttendanceRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "attendance";

  /** Creates the rule. */
  public AttendanceRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    return List.of();
  }

  @Override
  public List<RuleViolation> checkCalendar(List<LedgerEntry> calendar, RuleContext context) {
    Objects.requireNonNull(calendar, "calendar == null");
    Objects.requireNonNull(context, "context == null");
    Map<ParticipantId, Map<SessionId, Session>> byParticipant = new LinkedHashMap<>();
    for (LedgerEntry e : calendar) {
      for (ParticipantId pid : e.participants()) {
        byParticipant.computeIfAbsent(pid, k -> new HashMap<>()).put(e.sessionId(), e.session());
      }
    }
    List<RuleViolation> out = new ArrayList<>();
    for (Map.Entry<ParticipantId, Map<SessionId, Session>> entry : byParticipant.entrySet()) {
      ParticipantId pid = entry.getKey();
      Optional<Participant> p = context.directory().participant(pid);
      if (p.isEmpty()) {
        continue;
      }
      ZoneId zone = p.get().homeZone();
      LocalDate thisWeek = Rules.monday(context.now().atZone(zone).toLocalDate());
      Map<LocalDate, Duration> scheduled = new HashMap<>();
      Map<LocalDate, Program> programs = new HashMap<>();
      for (Session s : entry.getValue().values()) {
        LocalDate week = ServiceHours.weekOf(s.start().atZone(zone).toLocalDate());
        if (week.isBefore(thisWeek)) {
          scheduled.merge(week, s.duration(), Duration::plus);
          Rules.programOf(context, s, pid).ifPresent(pr -> programs.putIfAbsent(week, pr));
        }
      }
      SortedMap<LocalDate, Duration> attended =
          ServiceHours.perWeek(pid, context.directory().attendanceOf(pid), entry.getValue(), zone);
      scheduled.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              w -> {
                Program program = programs.get(w.getKey());
                if (program == null) {
                  return;
                }
                long got = attended.getOrDefault(w.getKey(), Duration.ZERO).toMinutes();
                long planned = w.getValue().toMinutes();
                if (got * 100 < planned * program.attendanceThresholdPercent()) {
                  out.add(
                      new RuleViolation(
                          ID,
                          Severity.WARNING,
                          null,
                          List.of(pid),
                          Rules.name(pid)
                              + " attended "
                              + Rules.hours(Duration.ofMinutes(got))
                              + " of "
                              + Rules.hours(w.getValue())
                              + " in the week of "
                              + w.getKey()
                              + ", below the program's "
                              + program.attendanceThresholdPercent()
                              + " % threshold"));
                }
              });
    }
    return out;
  }
}
