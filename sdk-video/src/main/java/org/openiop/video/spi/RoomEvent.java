package org.openiop.video.spi;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Something that happened to a person in a room: the input of attendance.
 *
 * @param room the room; never {@code null}
 * @param person who; never {@code null}
 * @param type what happened; never {@code null}
 * @param at when, by the provider's clock or the platform's timestamp; never {@code null}
 * @param reason why a person left; {@link LeaveReason#NONE} for other types
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RoomEvent(RoomId room, PersonRef person, Type type, Instant at, LeaveReason reason) {

  /** Kinds of room event. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Type {
    /** The person arrived in the waiting room. */
    WAITING,
    /** The person is in the room (joined directly or was admitted). */
    JOINED,
    /** The person is no longer in the room. */
    LEFT
  }

  /** Why someone left. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum LeaveReason {
    /** Not a leave event. */
    NONE,
    /** The person hung up. */
    HUNG_UP,
    /** The connection dropped or the server went away: technical trouble, not a choice. */
    CONNECTION_LOST,
    /** A host removed the person. */
    REMOVED,
    /** The room ended. */
    ROOM_ENDED
  }

  /** Checks that only leave events carry a reason. */
  public RoomEvent {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(reason, "reason == null");
    if ((type == Type.LEFT) == (reason == LeaveReason.NONE)) {
      throw new IllegalArgumentException("a LEFT event needs a reason; other events have none");
    }
  }

  /**
   * A person arrived in the waiting room.
   *
   * @param room the room
   * @param person who
   * @param at when
   * @return the event
   */
  public static RoomEvent waiting(RoomId room, PersonRef person, Instant at) {
    return new RoomEvent(room, person, Type.WAITING, at, LeaveReason.NONE);
  }

  /**
   * A person is in the room.
   *
   * @param room the room
   * @param person who
   * @param at when
   * @return the event
   */
  public static RoomEvent joined(RoomId room, PersonRef person, Instant at) {
    return new RoomEvent(room, person, Type.JOINED, at, LeaveReason.NONE);
  }

  /**
   * A person left.
   *
   * @param room the room
   * @param person who
   * @param at when
   * @param reason why; not {@link LeaveReason#NONE}
   * @return the event
   */
  public static RoomEvent left(RoomId room, PersonRef person, Instant at, LeaveReason reason) {
    return new RoomEvent(room, person, Type.LEFT, at, reason);
  }
}
