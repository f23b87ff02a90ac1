package org.openiop.video.livekit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;

/**
 * A verified LiveKit webhook event, reduced to what attendance needs.
 *
 * @param event the event name, such as {@code participant_joined}; never {@code null}
 * @param room the room name, or {@code null}
 * @param identity the participant identity, or {@code null}
 * @param disconnectReason LiveKit's disconnect reason name, or {@code null}
 * @param createdAt when LiveKit created the event; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LiveKitWebhookEvent(
    String event,
    @Nullable String room,
    @Nullable String identity,
    @Nullable String disconnectReason,
    Instant createdAt) {

  /** Checks for nulls. */
  public LiveKitWebhookEvent {
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
  }

  /**
   * The room event for attendance, when this is a join or leave of an OpenIOP identity.
   *
   * @return the event, or empty
   */
  public Optional<RoomEvent> toRoomEvent() {
    if (room == null || identity == null) {
      return Optional.empty();
    }
    Optional<PersonRef> person = PersonRef.parseIdentity(identity);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    RoomId roomId = RoomId.of(room);
    return switch (event) {
      case "participant_joined" -> Optional.of(RoomEvent.joined(roomId, person.get(), createdAt));
      case "participant_left" ->
          Optional.of(RoomEvent.left(roomId, person.get(), createdAt, reason()));
      default -> Optional.empty();
    };
  }

  private LeaveReason reason() {
    if (disconnectReason == null) {
      return LeaveReason.HUNG_UP;
    }
    return switch (disconnectReason) {
      case "CLIENT_INITIATED", "UNKNOWN_REASON" -> LeaveReason.HUNG_UP;
      case "PARTICIPANT_REMOVED" -> LeaveReason.REMOVED;
      case "ROOM_DELETED", "ROOM_CLOSED" -> LeaveReason.ROOM_ENDED;
      default -> LeaveReason.CONNECTION_LOST;
    };
  }
}
