package org.openiop.video.spi;

import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A video platform seen through therapy semantics: rooms for sessions, tickets per person and role,
 * a waiting room the host admits from, moderation, and join/leave events.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>Implementations are thread-safe. Methods that talk to a platform block for at most the
 *       provider's configured call timeout (times its retries) and must not be called from a {@link
 *       RoomEventListener}.
 *   <li>Failures of the platform are {@link VideoException}s of one of the five categories; misuse
 *       (null, a lifetime out of bounds, a room this provider never created) is an unchecked
 *       exception. Secrets and tokens appear in no message and no log line.
 *   <li>Only idempotent operations are retried on failure ({@link #participants}, {@link #admit},
 *       {@link #mute}, {@link #endRoom}, and {@link #createRoom} where the platform makes it
 *       idempotent, as LiveKit does by room name); otherwise {@link #createRoom} and {@link
 *       #remove} are not, so a failure after sending leaves their outcome unknown.
 *   <li>Features the platform lacks are emulated or refused as {@link #capabilities()} says; a
 *       refused feature throws {@link UnsupportedOperationException}.
 *   <li>{@link #close()} releases connections and background tasks, not rooms: end rooms first.
 * </ul>
 *
 * <p>Find providers by name with {@link VideoProviders}. The in-memory {@code loopback} provider is
 * the default for tests and examples.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface VideoProvider extends AutoCloseable {

  /**
   * The provider's name, such as {@code loopback} or {@code janus}.
   *
   * @return never {@code null}
   */
  String name();

  /**
   * What is native, emulated or missing.
   *
   * @return never {@code null}
   */
  Capabilities capabilities();

  /**
   * Creates a room for a session.
   *
   * @param spec what to create; never {@code null}
   * @return the created room
   * @throws VideoException if the platform failed
   * @throws UnsupportedOperationException if the spec asks for recording and the provider cannot
   *     record
   */
  VideoRoom createRoom(RoomSpec spec) throws VideoException;

  /**
   * Issues a ticket for one person in one role, valid for {@code lifetime} but never past the
   * room's expiry. Hosts enter directly; others wait until admitted when the room has a waiting
   * room.
   *
   * @param room the room; never {@code null}
   * @param person who; never {@code null}
   * @param role in which role; never {@code null}
   * @param lifetime between {@link JoinTicket#MIN_LIFETIME} and {@link JoinTicket#MAX_LIFETIME}
   * @return the ticket
   * @throws VideoException if the platform failed
   */
  JoinTicket issueTicket(RoomId room, PersonRef person, VideoRole role, Duration lifetime)
      throws VideoException;

  /**
   * Lets a person in from the waiting room; admitting someone already admitted does nothing.
   *
   * @param room the room; never {@code null}
   * @param person who; never {@code null}
   * @throws VideoException if the platform failed
   */
  void admit(RoomId room, PersonRef person) throws VideoException;

  /**
   * Stops a person's audio reaching the room. Someone who publishes no audio counts as muted.
   *
   * @param room the room; never {@code null}
   * @param person who; never {@code null}
   * @throws VideoNotFoundException if the person is not in the room
   * @throws VideoException if the platform failed otherwise
   */
  void mute(RoomId room, PersonRef person) throws VideoException;

  /**
   * Removes a person from the room and withdraws their admission.
   *
   * @param room the room; never {@code null}
   * @param person who; never {@code null}
   * @throws VideoNotFoundException if the person is not in the room
   * @throws VideoException if the platform failed otherwise
   */
  void remove(RoomId room, PersonRef person) throws VideoException;

  /**
   * Lists who is in the room and its waiting room now.
   *
   * @param room the room; never {@code null}
   * @return never {@code null}
   * @throws VideoException if the platform failed
   */
  List<RoomParticipant> participants(RoomId room) throws VideoException;

  /**
   * Ends the room for everyone; ending an ended room does nothing.
   *
   * @param room the room; never {@code null}
   * @throws VideoException if the platform failed
   */
  void endRoom(RoomId room) throws VideoException;

  /**
   * Adds a listener for join, waiting and leave events of every room of this provider.
   *
   * @param listener never {@code null}
   * @return a handle whose {@code close()} removes the listener
   */
  AutoCloseable subscribe(RoomEventListener listener);

  /** Releases connections and background tasks. Does not end rooms. */
  @Override
  void close();
}
