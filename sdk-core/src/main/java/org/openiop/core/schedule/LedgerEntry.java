package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;

/**
 * What the booking ledger holds for one session: when it runs, how many participants it may take
 * and who is booked into it, by id.
 *
 * @param sessionId the session; never {@code null}
 * @param slot when it runs; never {@code null}
 * @param capacity the most participants it may hold, at least 1
 * @param participants booked participants; never {@code null}
 * @param clinicians booked facilitators; never {@code null}
 * @param supportPersons booked support persons (family sessions); never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerEntry(
    SessionId sessionId,
    TimeSlot slot,
    int capacity,
    Set<ParticipantId> participants,
    Set<ClinicianId> clinicians,
    Set<SupportPersonId> supportPersons) {

  /** Checks the parts and copies the sets into sorted, unmodifiable ones. */
  public LedgerEntry {
    Objects.requireNonNull(sessionId, "sessionId == null");
    Objects.requireNonNull(slot, "slot == null");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    participants = frozen(participants, "participants");
    clinicians = frozen(clinicians, "clinicians");
    supportPersons = frozen(supportPersons, "supportPersons");
  }

  private static <T extends Comparable<? super T>> Set<T> frozen(Set<T> in, String name) {
    Objects.requireNonNull(in, name + " == null");
    return java.util.Collections.unmodifiableSet(new TreeSet<>(in));
  }

  /**
   * An empty session with no one booked yet.
   *
   * @param sessionId the session; never {@code null}
   * @param slot when it runs; never {@code null}
   * @param capacity the most participants, at least 1
   * @return the entry
   */
  public static LedgerEntry empty(SessionId sessionId, TimeSlot slot, int capacity) {
    return new LedgerEntry(sessionId, slot, capacity, Set.of(), Set.of(), Set.of());
  }

  /**
   * Everyone booked, participants first, then clinicians, then support persons.
   *
   * @return the people; never {@code null}
   */
  public List<TypedId> people() {
    List<TypedId> out =
        new ArrayList<>(participants.size() + clinicians.size() + supportPersons.size());
    out.addAll(participants);
    out.addAll(clinicians);
    out.addAll(supportPersons);
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
      return participants.contains(p);
    }
    if (person instanceof ClinicianId c) {
      return clinicians.contains(c);
    }
    if (person instanceof SupportPersonId s) {
      return supportPersons.contains(s);
    }
    return false;
  }

  /**
   * This entry with {@code person} added.
   *
   * @param person a participant, clinician or support person id; never {@code null}
   * @return the new entry
   * @throws IllegalArgumentException for any other kind of id
   */
  public LedgerEntry with(TypedId person) {
    return change(person, true);
  }

  /**
   * This entry with {@code person} removed.
   *
   * @param person a participant, clinician or support person id; never {@code null}
   * @return the new entry
   */
  public LedgerEntry without(TypedId person) {
    return change(person, false);
  }

  /**
   * This entry moved to {@code newSlot}, with the same people.
   *
   * @param newSlot the new time; never {@code null}
   * @return the new entry
   */
  public LedgerEntry movedTo(TimeSlot newSlot) {
    return new LedgerEntry(sessionId, newSlot, capacity, participants, clinicians, supportPersons);
  }

  private LedgerEntry change(TypedId person, boolean add) {
    Objects.requireNonNull(person, "person == null");
    Set<ParticipantId> p = new TreeSet<>(participants);
    Set<ClinicianId> c = new TreeSet<>(clinicians);
    Set<SupportPersonId> s = new TreeSet<>(supportPersons);
    if (person instanceof ParticipantId id) {
      apply(p, id, add);
    } else if (person instanceof ClinicianId id) {
      apply(c, id, add);
    } else if (person instanceof SupportPersonId id) {
      apply(s, id, add);
    } else {
      throw new IllegalArgumentException(
          "person must be a participant, clinician or support person");
    }
    return new LedgerEntry(sessionId, slot, capacity, p, c, s);
  }

  private static <T> void apply(Set<T> set, T id, boolean add) {
    if (add) {
      set.add(id);
    } else {
      set.remove(id);
    }
  }
}
