package org.openiop.core.notes;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;

/**
 * A member of a group session as the identification check sees them: the id and every name that
 * would identify them (legal, preferred, nicknames). Used only while checking a group note; the
 * names are not stored in the note.
 *
 * @param id the member's id; never {@code null}
 * @param names the names to look for (PHI); each at least 2 characters after trimming
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record GroupMember(ParticipantId id, Set<String> names) {
  /** Checks presence and copies the names. */
  public GroupMember {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(names, "names == null");
    Set<String> copy = new LinkedHashSet<>();
    for (String n : names) {
      Objects.requireNonNull(n, "name == null");
      if (n.strip().length() >= 2) {
        copy.add(n.strip());
      }
    }
    names = Set.copyOf(copy);
  }

  /**
   * The member with the given, family and full forms of their legal and preferred names.
   *
   * @param participant the participant; never {@code null}
   * @return the member
   */
  public static GroupMember of(Participant participant) {
    Objects.requireNonNull(participant, "participant == null");
    Set<String> names = new LinkedHashSet<>();
    add(names, participant.legalName());
    PersonName preferred = participant.preferredName();
    if (preferred != null) {
      add(names, preferred);
    }
    return new GroupMember(participant.id(), names);
  }

  private static void add(Set<String> names, PersonName name) {
    names.add(name.given());
    names.add(name.family());
    names.add(name.display());
  }

  @Override
  public String toString() {
    return "GroupMember[id=" + id + ", names redacted]";
  }
}
