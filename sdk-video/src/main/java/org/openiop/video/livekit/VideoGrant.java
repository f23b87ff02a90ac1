package org.openiop.video.livekit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.video.spi.VideoRole;

/**
 * The {@code video} claim of a LiveKit access token.
 *
 * @param room the room the grant is for, or {@code null} for service grants that span rooms
 * @param roomJoin may join the room
 * @param canPublish may publish tracks
 * @param canSubscribe may subscribe to tracks
 * @param roomAdmin may moderate the room (RoomService calls on it)
 * @param roomCreate may create rooms
 * @param roomList may list rooms
 * @param hidden is hidden from other participants
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record VideoGrant(
    @Nullable String room,
    boolean roomJoin,
    boolean canPublish,
    boolean canSubscribe,
    boolean roomAdmin,
    boolean roomCreate,
    boolean roomList,
    boolean hidden) {

  /**
   * The grant for a person joining in a role. Someone not yet admitted joins hidden, unable to
   * publish or subscribe (LiveKit has no waiting room; this is how OpenIOP emulates it).
   *
   * @param room the room; never {@code null}
   * @param role the role; never {@code null}
   * @param admitted whether the person is admitted
   * @return the grant
   */
  public static VideoGrant forRole(String room, VideoRole role, boolean admitted) {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(role, "role == null");
    return switch (role) {
      case HOST -> new VideoGrant(room, true, true, true, true, false, false, false);
      case PARTICIPANT ->
          new VideoGrant(room, true, admitted, admitted, false, false, false, !admitted);
      case OBSERVER -> new VideoGrant(room, true, false, admitted, false, false, false, true);
    };
  }

  /**
   * The grant this provider uses for RoomService calls on one room, or on all rooms.
   *
   * @param room the room, or {@code null} to create and list rooms
   * @return the grant
   */
  public static VideoGrant service(@Nullable String room) {
    return new VideoGrant(
        room, false, false, false, room != null, room == null, room == null, false);
  }

  /**
   * The claim as JSON-ready map, with LiveKit's camelCase names; false flags are left out except
   * {@code canPublish} and {@code canSubscribe}, which default to true in LiveKit when missing.
   *
   * @return an ordered map
   */
  public Map<String, Object> toClaim() {
    Map<String, Object> claim = new LinkedHashMap<>();
    if (room != null) {
      claim.put("room", room);
    }
    if (roomJoin) {
      claim.put("roomJoin", true);
      claim.put("canPublish", canPublish);
      claim.put("canSubscribe", canSubscribe);
    }
    if (roomAdmin) {
      claim.put("roomAdmin", true);
    }
    if (roomCreate) {
      claim.put("roomCreate", true);
    }
    if (roomList) {
      claim.put("roomList", true);
    }
    if (hidden) {
      claim.put("hidden", true);
    }
    return claim;
  }
}
