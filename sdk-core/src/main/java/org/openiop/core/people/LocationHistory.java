package org.openiop.core.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.internal.Copies;

/**
 * Where a participant has been and is, as non-overlapping {@link LocationStay}s in date order.
 *
 * <p>Care is rendered where the participant is physically located at the time of the session, so
 * {@link #jurisdictionAt(Instant)} decides which licences a clinician needs. Days not covered by
 * any stay are unknown (empty), and a booking rule should refuse them rather than guess.
 *
 * @param stays the stays, sorted by {@code from}, not overlapping; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record LocationHistory(List<LocationStay> stays) {

  /** Copies the list and checks order and overlap. */
  public LocationHistory {
    stays = Copies.list(stays);
    for (int i = 1; i < stays.size(); i++) {
      LocationStay prev = stays.get(i - 1);
      LocationStay next = stays.get(i);
      if (prev.until() == null || !next.from().isAfter(prev.until())) {
        throw InvalidInputException.of(
            "stays[" + i + "]", "must start after the previous stay ends (sorted, no overlap)");
      }
    }
  }

  /**
   * A history with one open-ended stay.
   *
   * @param jurisdiction where the participant lives; never {@code null}
   * @param zone its time zone; never {@code null}
   * @param since first day; never {@code null}
   * @return the history
   */
  public static LocationHistory since(Jurisdiction jurisdiction, ZoneId zone, LocalDate since) {
    return new LocationHistory(List.of(new LocationStay(jurisdiction, zone, since, null)));
  }

  /**
   * Records a move: the open stay (if any) ends the day before {@code from}, and a new open-ended
   * stay begins. Returns a new history; this one is unchanged.
   *
   * @param jurisdiction the new location; never {@code null}
   * @param zone its time zone; never {@code null}
   * @param from the first day there; must be after the start of the last stay
   * @return the new history
   * @throws InvalidInputException if {@code from} does not come after the last stay's start
   */
  public LocationHistory movedTo(Jurisdiction jurisdiction, ZoneId zone, LocalDate from) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(from, "from == null");
    List<LocationStay> next = new ArrayList<>(stays);
    if (!next.isEmpty()) {
      LocationStay last = next.get(next.size() - 1);
      if (!from.isAfter(last.from())) {
        throw InvalidInputException.of("from", "must be after the start of the last stay");
      }
      if (last.until() == null || !last.until().isBefore(from)) {
        next.set(
            next.size() - 1,
            new LocationStay(last.jurisdiction(), last.zone(), last.from(), from.minusDays(1)));
      }
    }
    next.add(new LocationStay(jurisdiction, zone, from, null));
    return new LocationHistory(next);
  }

  /**
   * The stay covering a calendar day.
   *
   * @param date the day; never {@code null}
   * @return the stay, or empty if the day is not covered
   */
  public Optional<LocationStay> stayOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    for (LocationStay stay : stays) {
      if (stay.covers(date)) {
        return Optional.of(stay);
      }
    }
    return Optional.empty();
  }

  /**
   * Where the participant is on a calendar day.
   *
   * @param date the day; never {@code null}
   * @return the jurisdiction, or empty if unknown
   */
  public Optional<Jurisdiction> jurisdictionOn(LocalDate date) {
    return stayOn(date).map(LocationStay::jurisdiction);
  }

  /**
   * Where the participant is at an instant: the stay whose own zone puts the instant on a day it
   * covers. The first such stay wins when two stays in different zones both match around a
   * midnight.
   *
   * @param instant the moment, e.g. a session start; never {@code null}
   * @return the jurisdiction, or empty if unknown
   */
  public Optional<Jurisdiction> jurisdictionAt(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    for (LocationStay stay : stays) {
      if (stay.covers(instant.atZone(stay.zone()).toLocalDate())) {
        return Optional.of(stay.jurisdiction());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "LocationHistory[" + stays.size() + " stays]";
  }
}
