package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;
import org.openiop.core.people.LocationStay;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;

/** Helpers shared by the built-in rules. */
final class Rules {
  private Rules() {}

  static RuleViolation error(String rule, @Nullable SessionId session, TypedId who, String msg) {
    return new RuleViolation(rule, Severity.ERROR, session, List.of(who), msg);
  }

  /** "participant par_1", "clinician cln_2", "support person sup_3". */
  static String name(TypedId person) {
    return DoubleBookingRule.kind(person) + " " + person.value();
  }

  /** Where the participant is at {@code instant}, by their location history. */
  static Optional<LocationStay> stayAt(Participant p, Instant instant) {
    for (LocationStay stay : p.locations().stays()) {
      if (stay.covers(instant.atZone(stay.zone()).toLocalDate())) {
        return Optional.of(stay);
      }
    }
    return Optional.empty();
  }

  /** The participant's zone at {@code instant}: where they are, else their home zone. */
  static ZoneId zoneAt(Participant p, Instant instant) {
    return stayAt(p, instant).map(LocationStay::zone).orElse(p.homeZone());
  }

  /** Monday of the week holding {@code date}. */
  static LocalDate monday(LocalDate date) {
    return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The instants of local days {@code [from, from + days)} in {@code zone}. */
  static TimeSlot days(LocalDate from, int days, ZoneId zone) {
    return new TimeSlot(
        from.atStartOfDay(zone).toInstant(), from.plusDays(days).atStartOfDay(zone).toInstant());
  }

  /**
   * Total length of the sessions of {@code person} starting inside {@code window}, with {@code
   * change} applied (its before removed, its after added).
   */
  static Duration bookedIn(
      CalendarView calendar, TypedId person, TimeSlot window, ScheduleChange change) {
    Duration total = Duration.ZERO;
    for (LedgerEntry e : entriesWithChange(calendar, person, window, change)) {
      total = total.plus(e.session().duration());
    }
    return total;
  }

  /** The entries of {@code person} starting inside {@code window}, with the change applied. */
  static List<LedgerEntry> entriesWithChange(
      CalendarView calendar, TypedId person, TimeSlot window, ScheduleChange change) {
    List<LedgerEntry> out = new ArrayList<>();
    SessionId changed = change.sessionId();
    for (LedgerEntry e : calendar.entriesOf(person, window)) {
      if (!e.sessionId().equals(changed) && startsIn(e, window)) {
        out.add(e);
      }
    }
    LedgerEntry after = change.after();
    if (after != null && after.includes(person) && startsIn(after, window)) {
      out.add(after);
    }
    return out;
  }

  static boolean startsIn(LedgerEntry e, TimeSlot window) {
    Instant s = e.session().start();
    return !s.isBefore(window.start()) && s.isBefore(window.end());
  }

  /** The program a participant follows in a session: the session's cohort's, else their own. */
  static Optional<Program> programOf(RuleContext context, Session session, ParticipantId who) {
    if (session.cohort() != null) {
      Optional<Cohort> c = context.directory().cohort(session.cohort());
      if (c.isPresent()) {
        return context.directory().program(c.get().program());
      }
    }
    LocalDate date = session.start().atZone(session.zone()).toLocalDate();
    for (Cohort c : context.directory().cohortsOf(who)) {
      if (c.memberships().stream()
          .anyMatch(m -> m.participant().equals(who) && m.isMemberOn(date))) {
        return context.directory().program(c.program());
      }
    }
    return Optional.empty();
  }

  static boolean isGroup(SessionKind kind) {
    return kind == SessionKind.GROUP
        || kind == SessionKind.MULTI_FAMILY_GROUP
        || kind == SessionKind.PSYCHOEDUCATION;
  }

  static String hours(Duration d) {
    long minutes = d.toMinutes();
    return minutes % 60 == 0
        ? (minutes / 60) + " h"
        : (minutes / 60) + " h " + (minutes % 60) + " min";
  }
}
