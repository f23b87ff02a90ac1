package org.openiop.video.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.attendance.AttendanceRecord.Status;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;

/**
 * Turns the join, waiting and leave events of one session into one {@link AttendanceRecord} per
 * person.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>A person is in the room from a {@code JOINED} event to the next {@code LEFT} event; a
 *       repeated join while in the room and a leave while out are ignored (platforms repeat
 *       events). Someone still in the room when events end is counted until the session's end.
 *   <li>Stays separated by a gap shorter than {@link AttendancePolicy#grace()} merge into one; the
 *       gap counts as present time, as a reconnect and as technical trouble, not as absence.
 *   <li>Presence counts only inside the {@link SessionWindow}. No stay inside it is a no-show.
 *   <li>Arrival is the first {@code WAITING} or {@code JOINED} event, so time spent waiting for a
 *       host to admit does not make anyone late. Later than {@link AttendancePolicy#lateAfter()}
 *       after the start is late.
 *   <li>A last stay that ends more than {@link AttendancePolicy#leftEarlyBefore()} before the end
 *       is leaving early, unless it ended because the room ended.
 *   <li>Events may arrive in any order (webhooks do); events with equal times keep their given
 *       order. Every person in {@code expected} gets a record, and so does anyone else with events.
 * </ul>
 *
 * <p>Runs in time linear in the number of events when each person's events come in time order (the
 * sort used is adaptive), {@code O(n log n)} otherwise. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AttendanceCalculator {
  private static final Comparator<RoomEvent> BY_TIME = Comparator.comparing(RoomEvent::at);

  private final AttendancePolicy policy;

  private AttendanceCalculator(AttendancePolicy policy) {
    this.policy = policy;
  }

  /**
   * A calculator with a policy.
   *
   * @param policy never {@code null}
   * @return the calculator
   */
  public static AttendanceCalculator of(AttendancePolicy policy) {
    return new AttendanceCalculator(Objects.requireNonNull(policy, "policy == null"));
  }

  /**
   * The policy.
   *
   * @return never {@code null}
   */
  public AttendancePolicy policy() {
    return policy;
  }

  /**
   * Computes attendance.
   *
   * @param window the scheduled session; never {@code null}
   * @param expected people expected at the session; never {@code null}
   * @param events the session's room events, in any order; never {@code null}
   * @return one record per expected person and per other person with events, keyed by person in
   *     first-seen order (expected people first)
   */
  public Map<PersonRef, AttendanceRecord> compute(
      SessionWindow window, Collection<PersonRef> expected, Iterable<RoomEvent> events) {
    Objects.requireNonNull(window, "window == null");
    Objects.requireNonNull(expected, "expected == null");
    Objects.requireNonNull(events, "events == null");
    Map<PersonRef, List<RoomEvent>> byPerson = new LinkedHashMap<>();
    for (PersonRef person : expected) {
      byPerson.put(Objects.requireNonNull(person, "expected contains null"), new ArrayList<>());
    }
    Map<PersonRef, List<RoomEvent>> lookup = new HashMap<>(byPerson);
    for (RoomEvent event : events) {
      Objects.requireNonNull(event, "events contains null");
      List<RoomEvent> list = lookup.get(event.person());
      if (list == null) {
        list = new ArrayList<>();
        lookup.put(event.person(), list);
        byPerson.put(event.person(), list);
      }
      list.add(event);
    }
    Map<PersonRef, AttendanceRecord> out = new LinkedHashMap<>();
    byPerson.forEach((person, list) -> out.put(person, forPerson(window, person, list)));
    return out;
  }

  /**
   * Computes one person's attendance from their own events.
   *
   * @param window the scheduled session; never {@code null}
   * @param person who; never {@code null}
   * @param events this person's events, in any order; never {@code null}
   * @return the record
   * @throws IllegalArgumentException when an event is about someone else
   */
  public AttendanceRecord forPerson(
      SessionWindow window, PersonRef person, List<RoomEvent> events) {
    Objects.requireNonNull(window, "window == null");
    Objects.requireNonNull(person, "person == null");
    List<RoomEvent> sorted = new ArrayList<>(Objects.requireNonNull(events, "events == null"));
    sorted.sort(BY_TIME);

    Instant arrivedAt = null;
    boolean connectionLost = false;
    // Raw stays as parallel lists: begin, end, and whether the end was the room ending.
    List<Instant> begins = new ArrayList<>();
    List<Instant> ends = new ArrayList<>();
    List<LeaveReason> endReasons = new ArrayList<>();
    Instant openSince = null;
    for (RoomEvent event : sorted) {
      if (!event.person().equals(person)) {
        throw new IllegalArgumentException("event for another person");
      }
      switch (event.type()) {
        case WAITING -> {
          if (arrivedAt == null) {
            arrivedAt = event.at();
          }
        }
        case JOINED -> {
          if (arrivedAt == null) {
            arrivedAt = event.at();
          }
          if (openSince == null) {
            openSince = event.at();
          }
        }
        case LEFT -> {
          if (event.reason() == LeaveReason.CONNECTION_LOST) {
            connectionLost = true;
          }
          if (openSince != null) {
            begins.add(openSince);
            ends.add(event.at());
            endReasons.add(event.reason());
            openSince = null;
          }
        }
      }
    }
    if (openSince != null) {
      Instant end = openSince.isAfter(window.end()) ? openSince : window.end();
      begins.add(openSince);
      ends.add(end);
      endReasons.add(LeaveReason.NONE);
    }

    // Merge across short gaps, then clip to the window.
    List<Stay> stays = new ArrayList<>();
    Duration trouble = Duration.ZERO;
    int reconnects = 0;
    LeaveReason lastReason = LeaveReason.NONE;
    int i = 0;
    while (i < begins.size()) {
      Instant from = begins.get(i);
      Instant to = ends.get(i);
      LeaveReason reason = endReasons.get(i);
      int merged = 0;
      Duration gaps = Duration.ZERO;
      int j = i + 1;
      while (j < begins.size()
          && Duration.between(to, begins.get(j)).compareTo(policy.grace()) < 0) {
        gaps = gaps.plus(clippedLength(window, to, begins.get(j)));
        merged++;
        to = ends.get(j);
        reason = endReasons.get(j);
        j++;
      }
      Instant clippedFrom = from.isBefore(window.start()) ? window.start() : from;
      Instant clippedTo = to.isAfter(window.end()) ? window.end() : to;
      if (clippedTo.isAfter(clippedFrom)) {
        stays.add(new Stay(clippedFrom, clippedTo, merged));
        reconnects += merged;
        trouble = trouble.plus(gaps);
        lastReason = to.isAfter(window.end()) ? LeaveReason.NONE : reason;
      }
      i = j;
    }

    Duration present = Duration.ZERO;
    for (Stay stay : stays) {
      present = present.plus(stay.length());
    }
    if (stays.isEmpty()) {
      return new AttendanceRecord(
          person,
          Status.NO_SHOW,
          Duration.ZERO,
          arrivedAt,
          null,
          0,
          Duration.ZERO,
          connectionLost,
          LeaveReason.NONE,
          List.of());
    }
    Instant leftAt = stays.get(stays.size() - 1).to();
    Instant firstStay = stays.get(0).from();
    Instant arrival = arrivedAt == null || arrivedAt.isAfter(firstStay) ? firstStay : arrivedAt;
    boolean late = arrival.isAfter(window.start().plus(policy.lateAfter()));
    boolean early =
        lastReason != LeaveReason.ROOM_ENDED
            && leftAt.isBefore(window.end().minus(policy.leftEarlyBefore()));
    Status status =
        late && early
            ? Status.LATE_AND_LEFT_EARLY
            : late ? Status.LATE : early ? Status.LEFT_EARLY : Status.PRESENT;
    return new AttendanceRecord(
        person,
        status,
        present,
        arrival,
        leftAt,
        reconnects,
        trouble,
        connectionLost || reconnects > 0,
        lastReason,
        stays);
  }

  private static Duration clippedLength(SessionWindow window, Instant from, Instant to) {
    Instant a = from.isBefore(window.start()) ? window.start() : from;
    Instant b = to.isAfter(window.end()) ? window.end() : to;
    return b.isAfter(a) ? Duration.between(a, b) : Duration.ZERO;
  }
}
