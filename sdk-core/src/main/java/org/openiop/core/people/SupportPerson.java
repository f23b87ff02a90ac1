package org.openiop.core.people;

import jakarta.validation.Valid;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;

/**
 * A family member or other supporter who may join some sessions under the participant's consent.
 * PHI: {@code toString} shows ids only.
 *
 * @param id the support person's id; never {@code null}
 * @param participant the participant they support; never {@code null}
 * @param relation how they relate to the participant; never {@code null}
 * @param name their name; never {@code null}
 * @param contact how to reach them; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SupportPerson(
    SupportPersonId id,
    ParticipantId participant,
    SupportRelation relation,
    @Valid PersonName name,
    @Valid ContactInfo contact) {

  /** Checks presence. */
  public SupportPerson {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(relation, "relation == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(contact, "contact == null");
  }

  @Override
  public String toString() {
    return "SupportPerson[id=" + id + ", participant=" + participant + ", redacted]";
  }
}
