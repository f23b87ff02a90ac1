package org.openiop.core.program;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.internal.Copies;

/**
 * A group of participants who go through one track of a program together, with rolling admission:
 * members join and leave on dates, and capacity is checked per day.
 *
 * @param id the cohort's id; never {@code null}
 * @param program the program; never {@code null}
 * @param track the key of the program track it follows
 * @param zone the zone its session templates are in; never {@code null}
 * @param facilitators the clinicians who run it; never {@code null}
 * @param capacity the most members on any day, 1-50
 * @param memberships every membership, past and present; a participant's memberships do not
 *     overlap; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Cohort(
    CohortId id,
    org.openiop.core.ProgramId program,
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be 1-40 of a-z, 0-9 and -")
        String track,
    ZoneId zone,
    @Size(max = 20) List<ClinicianId> facilitators,
    @Min(1) @Max(50) int capacity,
    List<CohortMembership> memberships) {

  /** Checks presence, copies lists and checks that no participant's memberships overlap. */
  public Cohort {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(program, "program == null");
    Objects.requireNonNull(track, "track == null");
    Objects.requireNonNull(zone, "zone == null");
    facilitators = Copies.list(facilitators);
    memberships = Copies.list(memberships);
    for (int i = 0; i < memberships.size(); i++) {
      CohortMembership a = memberships.get(i);
      for (int j = 0; j < i; j++) {
        CohortMembership b = memberships.get(j);
        if (a.participant().equals(b.participant()) && overlap(a, b)) {
          throw InvalidInputException.of(
              "memberships[" + i + "]", "must not overlap another membership of the participant");
        }
      }
    }
  }

  private static boolean overlap(CohortMembership a, CohortMembership b) {
    boolean aBeforeB = a.left() != null && a.left().isBefore(b.joined());
    boolean bBeforeA = b.left() != null && b.left().isBefore(a.joined());
    return !aBeforeB && !bBeforeA;
  }

  /**
   * A cohort with no members yet.
   *
   * @param id the id; never {@code null}
   * @param program the program; never {@code null}
   * @param track the track key; never {@code null}
   * @param zone the zone; never {@code null}
   * @param facilitators the facilitators; never {@code null}
   * @param capacity the capacity
   * @return the cohort (validate it with {@link org.openiop.core.Validation} before trusting it)
   */
  public static Cohort empty(
      CohortId id,
      org.openiop.core.ProgramId program,
      String track,
      ZoneId zone,
      List<ClinicianId> facilitators,
      int capacity) {
    return new Cohort(id, program, track, zone, facilitators, capacity, List.of());
  }

  /**
   * The members on a day.
   *
   * @param date the day; never {@code null}
   * @return the participants, in joining order
   */
  public List<ParticipantId> membersOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    return memberships.stream()
        .filter(m -> m.isMemberOn(date))
        .map(CohortMembership::participant)
        .toList();
  }

  /**
   * Whether the cohort has room for one more from {@code date} on: fewer than {@code capacity}
   * members on every day from {@code date} to the last known departure or join.
   *
   * @param date the first day; never {@code null}
   * @return true if there is room
   */
  public boolean hasRoomFrom(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    List<LocalDate> checkpoints = new ArrayList<>();
    checkpoints.add(date);
    for (CohortMembership m : memberships) {
      if (m.joined().isAfter(date)) {
        checkpoints.add(m.joined());
      }
    }
    for (LocalDate d : checkpoints) {
      if (membersOn(d).size() >= capacity) {
        return false;
      }
    }
    return true;
  }

  /**
   * The current open membership of a participant.
   *
   * @param participant the participant; never {@code null}
   * @return the open membership, or empty
   */
  public Optional<CohortMembership> openMembership(ParticipantId participant) {
    Objects.requireNonNull(participant, "participant == null");
    return memberships.stream()
        .filter(m -> m.participant().equals(participant) && m.left() == null)
        .findFirst();
  }

  /**
   * Admits a participant from a day (rolling admission). Returns a new cohort.
   *
   * @param participant the participant; never {@code null}
   * @param joined the first day; never {@code null}
   * @return the cohort with the new membership
   * @throws IllegalStateException if the cohort is full from that day or the participant already
   *     has an open membership
   */
  public Cohort admit(ParticipantId participant, LocalDate joined) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(joined, "joined == null");
    if (openMembership(participant).isPresent()) {
      throw new IllegalStateException(
          "participant " + participant + " is already a member of cohort " + id);
    }
    if (!hasRoomFrom(joined)) {
      throw new IllegalStateException("cohort " + id + " is full from " + joined);
    }
    List<CohortMembership> next = new ArrayList<>(memberships);
    next.add(new CohortMembership(participant, joined, null));
    return new Cohort(id, program, track, zone, facilitators, capacity, next);
  }

  /**
   * Ends a participant's open membership on a day (their last day). Returns a new cohort.
   *
   * @param participant the participant; never {@code null}
   * @param lastDay the last day in the cohort; not before the day they joined
   * @return the cohort with the membership closed
   * @throws IllegalStateException if the participant has no open membership
   */
  public Cohort release(ParticipantId participant, LocalDate lastDay) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(lastDay, "lastDay == null");
    CohortMembership open =
        openMembership(participant)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "participant " + participant + " is not a member of cohort " + id));
    List<CohortMembership> next = new ArrayList<>(memberships);
    next.set(next.indexOf(open), new CohortMembership(participant, open.joined(), lastDay));
    return new Cohort(id, program, track, zone, facilitators, capacity, next);
  }
}
