package org.openiop.core.engage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;
import org.openiop.core.people.LocationStay;
import org.openiop.core.people.Participant;

/**
 * Someone to remind (a participant or a support person) and the zone they will be in.
 *
 * @param person the participant's or support person's id; never {@code null}
 * @param zone the zone reminders are computed and worded in; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReminderRecipient(TypedId person, ZoneId zone) {

  /** Checks presence and that the person is a participant or a support person. */
  public ReminderRecipient {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(zone, "zone == null");
    if (!(person instanceof ParticipantId) && !(person instanceof SupportPersonId)) {
      throw new IllegalArgumentException("person must be a participant or a support person");
    }
  }

  /**
   * A participant in the zone of wherever their location history puts them at {@code at} (a
   * participant travelling for a week is reminded in local time there), else their home zone.
   *
   * @param participant the participant; never {@code null}
   * @param at the moment that decides the location, normally the session start; never {@code null}
   * @return the recipient
   */
  public static ReminderRecipient of(Participant participant, Instant at) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(at, "at == null");
    for (LocationStay stay : participant.locations().stays()) {
      if (stay.covers(at.atZone(stay.zone()).toLocalDate())) {
        return new ReminderRecipient(participant.id(), stay.zone());
      }
    }
    return new ReminderRecipient(participant.id(), participant.homeZone());
  }

  /**
   * Whether the recipient is a support person.
   *
   * @return true for a support person
   */
  public boolean isSupportPerson() {
    return person instanceof SupportPersonId;
  }
}
