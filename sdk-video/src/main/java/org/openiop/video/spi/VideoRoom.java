package org.openiop.video.spi;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A room a provider created for a session.
 *
 * @param provider the provider's name; never {@code null}
 * @param id the room's platform id; never {@code null}
 * @param spec what was asked for; never {@code null}
 * @param createdAt when it was created, by the provider's clock; never {@code null}
 * @param endToEndEncrypted whether media in this room is end-to-end encrypted (false when the spec
 *     asked for it but the platform cannot do it)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record VideoRoom(
    String provider, RoomId id, RoomSpec spec, Instant createdAt, boolean endToEndEncrypted) {
  /** Checks for nulls. */
  public VideoRoom {
    Objects.requireNonNull(provider, "provider == null");
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(spec, "spec == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
  }
}
