package org.openiop.video.loopback;

import org.apiguardian.api.API;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.VideoRole;

/**
 * One person's simulated app connected to a loopback room; thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LoopbackClient {
  /** Where the client is. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum State {
    /** In the waiting room. */
    WAITING,
    /** In the room. */
    IN_ROOM,
    /** Gone: hung up, dropped, removed or the room ended. */
    GONE
  }

  private final LoopbackVideoProvider provider;
  private final RoomId room;
  private final PersonRef person;
  private final VideoRole role;

  LoopbackClient(LoopbackVideoProvider provider, RoomId room, PersonRef person, VideoRole role) {
    this.provider = provider;
    this.room = room;
    this.person = person;
    this.role = role;
  }

  /**
   * The room.
   *
   * @return never {@code null}
   */
  public RoomId room() {
    return room;
  }

  /**
   * Who this client is.
   *
   * @return never {@code null}
   */
  public PersonRef person() {
    return person;
  }

  /**
   * The role from the ticket.
   *
   * @return never {@code null}
   */
  public VideoRole role() {
    return role;
  }

  /**
   * Where the client is now.
   *
   * @return never {@code null}
   */
  public State state() {
    return provider.stateOf(this);
  }

  /**
   * Whether a host muted this client and it has not unmuted since.
   *
   * @return the mute state
   */
  public boolean muted() {
    return provider.mutedOf(this);
  }

  /** Unmutes this client's own microphone (a person may always unmute themselves). */
  public void unmute() {
    provider.unmute(this);
  }

  /** The person hangs up. Does nothing when already gone. */
  public void hangUp() {
    provider.disconnect(this, LeaveReason.HUNG_UP);
  }

  /** The connection drops (network trouble). Does nothing when already gone. */
  public void dropConnection() {
    provider.disconnect(this, LeaveReason.CONNECTION_LOST);
  }

  @Override
  public String toString() {
    return "LoopbackClient{room=" + room + ", person=" + person + ", role=" + role + "}";
  }
}
