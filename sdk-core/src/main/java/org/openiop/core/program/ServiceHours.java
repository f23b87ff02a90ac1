package org.openiop.core.program;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;

/**
 * Hours of service a participant actually received per week: what the weekly-hours rule and billing
 * look at.
 *
 * <p>A week runs Monday to Sunday in the zone given (normally the participant's home zone or the
 * program's billing zone). Each attendance credits its minutes, capped at the session's duration,
 * to the week in which the session starts; cancelled sessions and absences credit nothing. This
 * class is stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ServiceHours {
  private ServiceHours() {}

  /**
   * Service received per week.
   *
   * @param participant whose hours; never {@code null}
   * @param attendances attendance records (others' are ignored); never {@code null}
   * @param sessions the sessions by id; an attendance whose session is missing is ignored
   * @param zone the zone weeks are counted in; never {@code null}
   * @return the Monday of each week with any credit, mapped to the service received
   */
  public static SortedMap<LocalDate, Duration> perWeek(
      ParticipantId participant,
      Collection<Attendance> attendances,
      Map<SessionId, Session> sessions,
      ZoneId zone) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(attendances, "attendances == null");
    Objects.requireNonNull(sessions, "sessions == null");
    Objects.requireNonNull(zone, "zone == null");
    SortedMap<LocalDate, Duration> weeks = new TreeMap<>();
    for (Attendance a : attendances) {
      if (!participant.equals(a.participant()) || a.status().isAbsence()) {
        continue;
      }
      Session s = sessions.get(a.session());
      if (s == null || s.status() == SessionStatus.CANCELLED) {
        continue;
      }
      Duration credit = a.attended().compareTo(s.duration()) > 0 ? s.duration() : a.attended();
      if (credit.isZero()) {
        continue;
      }
      weeks.merge(weekOf(s.start().atZone(zone).toLocalDate()), credit, Duration::plus);
    }
    return Collections.unmodifiableSortedMap(weeks);
  }

  /**
   * Service received in the week containing {@code day}.
   *
   * @param participant whose hours; never {@code null}
   * @param attendances attendance records; never {@code null}
   * @param sessions the sessions by id; never {@code null}
   * @param zone the zone weeks are counted in; never {@code null}
   * @param day any day of the week; never {@code null}
   * @return the service received, zero if none
   */
  public static Duration inWeekOf(
      ParticipantId participant,
      Collection<Attendance> attendances,
      Map<SessionId, Session> sessions,
      ZoneId zone,
      LocalDate day) {
    Objects.requireNonNull(day, "day == null");
    return perWeek(participant, attendances, sessions, zone)
        .getOrDefault(weekOf(day), Duration.ZERO);
  }

  /**
   * The Monday that starts the week containing a day.
   *
   * @param day the day; never {@code null}
   * @return the Monday on or before {@code day}
   */
  public static LocalDate weekOf(LocalDate day) {
    Objects.requireNonNull(day, "day == null");
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}
