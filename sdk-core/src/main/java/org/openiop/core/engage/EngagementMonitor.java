package org.openiop.core.engage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.measure.MeasurementRecord;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Program;
import org.openiop.core.program.ServiceHours;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionStatus;

/**
 * Turns a participant's attendance and measures into engagement signals and outreach tasks.
 *
 * <ul>
 *   <li>{@link SignalKind#NO_SHOW_STREAK}: the latest sessions with a recorded attendance end in at
 *       least {@link EngagementPolicy#noShowStreak()} no-shows (an excused absence breaks the
 *       streak; it is not a no-show). Opens an {@link OutreachTask}.
 *   <li>{@link SignalKind#ATTENDANCE_FALLING}: the share of sessions attended in the last {@code
 *       trendWindowWeeks} weeks is at least {@code trendDropPoints} points below the share in the
 *       window before.
 *   <li>{@link SignalKind#MEASURE_MISSED}: last week (Monday to Sunday in the participant's zone)
 *       the participant had sessions but no record of a weekly instrument.
 *   <li>{@link SignalKind#BELOW_WEEKLY_HOURS}: last week they had sessions and received less
 *       service than the program's {@link Program#minWeeklyService()}.
 *   <li>{@link SignalKind#WELCOME_BACK}: their latest session was attended after at least {@code
 *       welcomeBackAfterDays} days without attending, or after a no-show streak.
 * </ul>
 *
 * <p>Stateless apart from its policy and clock; thread-safe. Evaluating the same history twice
 * gives the same report (task ids derive from their cause), so a host can run it after every
 * attendance update and upsert tasks by id.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EngagementMonitor {
  private final EngagementPolicy policy;
  private final Clock clock;

  /**
   * A monitor.
   *
   * @param policy thresholds; never {@code null}
   * @param clock the clock; never {@code null}
   */
  public EngagementMonitor(EngagementPolicy policy, Clock clock) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Evaluates one participant.
   *
   * @param participant who; never {@code null}
   * @param zone the participant's zone, in which weeks are counted; never {@code null}
   * @param program the program (for the weekly minimum); never {@code null}
   * @param sessions sessions (others' are ignored); never {@code null}
   * @param attendances attendance records (others' are ignored); never {@code null}
   * @param measures measurement records (others' are ignored); never {@code null}
   * @param weeklyInstruments ids of instruments due every week, e.g. {@code phq-9}; never {@code
   *     null}
   * @return the signals and tasks
   */
  public EngagementReport evaluate(
      ParticipantId participant,
      ZoneId zone,
      Program program,
      Collection<Session> sessions,
      Collection<Attendance> attendances,
      Collection<MeasurementRecord> measures,
      Set<String> weeklyInstruments) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(program, "program == null");
    Objects.requireNonNull(sessions, "sessions == null");
    Objects.requireNonNull(attendances, "attendances == null");
    Objects.requireNonNull(measures, "measures == null");
    Objects.requireNonNull(weeklyInstruments, "weeklyInstruments == null");
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    Map<SessionId, Attendance> mine = new HashMap<>();
    for (Attendance a : attendances) {
      if (participant.equals(a.participant())) {
        mine.put(a.session(), a);
      }
    }
    Map<SessionId, Session> byId = new HashMap<>();
    List<Session> held = new ArrayList<>();
    List<Session> scheduledLastWeek = new ArrayList<>();
    LocalDate lastMonday = ServiceHours.weekOf(today).minusWeeks(1);
    for (Session s : sessions) {
      if (!s.participants().contains(participant) || s.status() == SessionStatus.CANCELLED) {
        continue;
      }
      byId.put(s.id(), s);
      LocalDate day = LocalDate.ofInstant(s.start(), zone);
      if (!day.isBefore(lastMonday) && day.isBefore(lastMonday.plusWeeks(1))) {
        scheduledLastWeek.add(s);
      }
      if (s.end().isBefore(now) && mine.containsKey(s.id())) {
        held.add(s);
      }
    }
    held.sort(Comparator.comparing(Session::start));
    List<EngagementSignal> signals = new ArrayList<>();
    List<OutreachTask> tasks = new ArrayList<>();

    int streak = 0;
    for (int i = held.size() - 1; i >= 0; i--) {
      if (mine.get(held.get(i).id()).status()
          != org.openiop.core.program.AttendanceStatus.NO_SHOW) {
        break;
      }
      streak++;
    }
    if (streak >= policy.noShowStreak()) {
      Session last = held.get(held.size() - 1);
      signals.add(
          new EngagementSignal(
              SignalKind.NO_SHOW_STREAK,
              participant,
              LocalDate.ofInstant(last.start(), zone),
              streak + " consecutive no-shows"));
      Instant opened = last.end().isAfter(now) ? now : last.end();
      tasks.add(
          new OutreachTask(
              "out-" + participant.value() + "-" + last.id().value(),
              participant,
              SignalKind.NO_SHOW_STREAK,
              opened,
              opened.plus(policy.outreachDue())));
    }

    Instant windowEnd = now;
    Instant windowMid = now.minus(Duration.ofDays(7L * policy.trendWindowWeeks()));
    Instant windowStart = windowMid.minus(Duration.ofDays(7L * policy.trendWindowWeeks()));
    int[] recent = rate(held, mine, windowMid, windowEnd);
    int[] earlier = rate(held, mine, windowStart, windowMid);
    if (recent[1] > 0 && earlier[1] > 0) {
      int recentPct = 100 * recent[0] / recent[1];
      int earlierPct = 100 * earlier[0] / earlier[1];
      if (earlierPct - recentPct >= policy.trendDropPoints()) {
        signals.add(
            new EngagementSignal(
                SignalKind.ATTENDANCE_FALLING,
                participant,
                today,
                "attended " + earlierPct + "% then " + recentPct + "% of sessions"));
      }
    }

    if (!scheduledLastWeek.isEmpty()) {
      for (String instrument : weeklyInstruments.stream().sorted().toList()) {
        boolean done =
            measures.stream()
                .anyMatch(
                    m -> {
                      LocalDate d = LocalDate.ofInstant(m.takenAt(), zone);
                      return m.participant().equals(participant)
                          && m.instrumentId().equals(instrument)
                          && !d.isBefore(lastMonday)
                          && d.isBefore(lastMonday.plusWeeks(1));
                    });
        if (!done) {
          signals.add(
              new EngagementSignal(
                  SignalKind.MEASURE_MISSED,
                  participant,
                  lastMonday,
                  instrument + " not completed in the week of " + lastMonday));
        }
      }
      Duration received = ServiceHours.inWeekOf(participant, mine.values(), byId, zone, lastMonday);
      if (received.compareTo(program.minWeeklyService()) < 0) {
        signals.add(
            new EngagementSignal(
                SignalKind.BELOW_WEEKLY_HOURS,
                participant,
                lastMonday,
                "received "
                    + received.toMinutes()
                    + " of "
                    + program.minWeeklyService().toMinutes()
                    + " minutes in the week of "
                    + lastMonday));
      }
    }

    if (!held.isEmpty()) {
      Session last = held.get(held.size() - 1);
      if (!mine.get(last.id()).status().isAbsence()) {
        int absencesBefore = 0;
        Session previousAttended = null;
        for (int i = held.size() - 2; i >= 0; i--) {
          if (mine.get(held.get(i).id()).status().isAbsence()) {
            absencesBefore++;
          } else {
            previousAttended = held.get(i);
            break;
          }
        }
        long daysAway =
            previousAttended == null
                ? 0
                : ChronoUnit.DAYS.between(
                    LocalDate.ofInstant(previousAttended.start(), zone),
                    LocalDate.ofInstant(last.start(), zone));
        if (absencesBefore >= policy.noShowStreak()
            || (previousAttended != null && daysAway >= policy.welcomeBackAfterDays())) {
          signals.add(
              new EngagementSignal(
                  SignalKind.WELCOME_BACK,
                  participant,
                  LocalDate.ofInstant(last.start(), zone),
                  "attended after " + absencesBefore + " missed sessions"));
        }
      }
    }
    signals.sort(Comparator.comparing(EngagementSignal::kind));
    return new EngagementReport(signals, tasks);
  }

  /** Attended and held counts of sessions starting in {@code [from, to)}. */
  private static int[] rate(
      List<Session> held, Map<SessionId, Attendance> mine, Instant from, Instant to) {
    int attended = 0;
    int total = 0;
    for (Session s : held) {
      if (!s.start().isBefore(from) && s.start().isBefore(to)) {
        total++;
        if (!mine.get(s.id()).status().isAbsence()) {
          attended++;
        }
      }
    }
    return new int[] {attended, total};
  }
}
