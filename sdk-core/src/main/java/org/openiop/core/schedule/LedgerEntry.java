package org.openiop.core.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;
import org.openiop.core.program.Session;

/**
 * What the booking ledger holds for one session: the {@link Session} itself (time, zone, kind,
 * modality and who is booked, by id) and how many participants it may take.
 *
 * @param session the session; never {@code null}
 * @param capacity the most participants it may hold, at least 1 (for a group, the smaller of the
 *     cohort's capacity and the program's maximum group size)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerEntry(Session session, int capacity) {

  /** Checks the parts. */
  public LedgerEntry {
    Objects.requireNonNull(session, "session == null");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
  }

  /**
   * The session's id.
   *
   * @return the id
   */
  public SessionId sessionId() {
    return session.id();
  }

  /**
   * When the session runs, to the millisecond.
   *
   * @return the slot {@code [start, start + duration)}
   */
  public TimeSlot slot() {
    Instant start = session.start().truncatedTo(ChronoUnit.MILLIS);
    return new TimeSlot(start, start.plus(session.duration()).truncatedTo(ChronoUnit.MILLIS));
  }

  /**
   * Booked participants.
   *
   * @return the ids, in booking order
   */
  public List<ParticipantId> participants() {
    return session.participants();
  }

  /**
   * Booked facilitators.
   *
   * @return the ids
   */
  public List<ClinicianId> clinicians() {
    return session.facilitators();
  }

  /**
   * Booked support persons.
   *
   * @return the ids
   */
  public List<SupportPersonId> supportPersons() {
    return session.supportPersons();
  }

  /**
   * Everyone booked, participants first, then clinicians, then support persons.
   *
   * @return the people; never {@code null}
   */
  public List<TypedId> people() {
    List<TypedId> out =
        new ArrayList<>(participants().size() + clinicians().size() + supportPersons().size());
    out.addAll(participants());
    out.addAll(clinicians());
    out.addAll(supportPersons());
    return out;
  }

  /**
   * Whether {@code person} is booked into this session.
   *
   * @param person a participant, clinician or support person id; never {@code null}
   * @return true if booked
   */
  public boolean includes(TypedId person) {
    Objects.requireNonNull(person, "person == null");
    if (person instanceof ParticipantId p) {
      return participants().contains(p);
    }
    if (person instanceof ClinicianId c) {
      return clinicians().contains(c);
    }
    if (person instanceof SupportPersonId s) {
      return supportPersons().contains(s);
    }
    return false;
  }

  /**
   * This entry with {@code person} added (unchanged if already there).
   *
   * @param person a participant, clinician or support person id; never {@code null}
   * @return the new entry
   * @throws IllegalArgumentException for any other kind of id, or a support person in a session
   *     kind that admits none
   */
  public LedgerEntry with(TypedId person) {
    return includes(person) ? this : change(person, true);
  }

  /**
   * This entry with {@code person} removed.
   *
   * @param person a participant, clinician or support person id; never {@code null}
   * @return the new entry
   */
  public LedgerEntry without(TypedId person) {
    return includes(person) ? change(person, false) : this;
  }

  /**
   * This entry moved to {@code newSlot}, with the same people; the zone stays.
   *
   * @param newSlot the new time; never {@code null}
   * @return the new entry
   */
  public LedgerEntry movedTo(TimeSlot newSlot) {
    Objects.requireNonNull(newSlot, "newSlot == null");
    Session s = session;
    return new LedgerEntry(
        new Session(
            s.id(),
            s.cohort(),
            s.kind(),
            s.modality(),
            s.topic(),
            newSlot.start(),
            s.zone(),
            newSlot.length(),
            s.facilitators(),
            s.participants(),
            s.supportPersons(),
            s.status(),
            s.recorded()),
        capacity);
  }

  private LedgerEntry change(TypedId person, boolean add) {
    Objects.requireNonNull(person, "person == null");
    List<ParticipantId> p = new ArrayList<>(participants());
    List<ClinicianId> c = new ArrayList<>(clinicians());
    List<SupportPersonId> sp = new ArrayList<>(supportPersons());
    if (person instanceof ParticipantId id) {
      apply(p, id, add);
    } else if (person instanceof ClinicianId id) {
      apply(c, id, add);
    } else if (person instanceof SupportPersonId id) {
      apply(sp, id, add);
    } else {
      throw new IllegalArgumentException(
          "person must be a participant, clinician or support person");
    }
    Session s = session;
    return new LedgerEntry(
        new Session(
            s.id(),
            s.cohort(),
            s.kind(),
            s.modality(),
            s.topic(),
            s.start(),
            s.zone(),
            s.duration(),
            c,
            p,
            sp,
            s.status(),
            s.recorded()),
        capacity);
  }

  private static <T> void apply(List<T> list, T id, boolean add) {
    if (add) {
      list.add(id);
    } else {
      list.remove(id);
    }
  }
}
