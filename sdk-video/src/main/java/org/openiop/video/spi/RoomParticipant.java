package org.openiop.video.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A person the provider currently sees in a room or its waiting room.
 *
 * @param person who; never {@code null}
 * @param role their role as far as the provider knows it; never {@code null}
 * @param admitted false while in the waiting room
 * @param publishing whether they currently send media
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RoomParticipant(
    PersonRef person, VideoRole role, boolean admitted, boolean publishing) {
  /** Checks for nulls. */
  public RoomParticipant {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
  }
}
