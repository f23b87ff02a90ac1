package org.openiop.video.tickets;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.VideoRole;

/**
 * The claims of a join ticket that passed verification.
 *
 * @param room the room it admits to; never {@code null}
 * @param person who; never {@code null}
 * @param role in which role; never {@code null}
 * @param expiresAt when it stops working; never {@code null}
 * @param ticketId the ticket's unique id ({@code jti}); never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record VerifiedTicket(
    RoomId room, PersonRef person, VideoRole role, Instant expiresAt, String ticketId) {
  /** Checks for nulls. */
  public VerifiedTicket {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    Objects.requireNonNull(ticketId, "ticketId == null");
  }
}
