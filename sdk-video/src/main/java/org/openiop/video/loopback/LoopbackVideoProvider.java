package org.openiop.video.loopback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apiguardian.api.API;
import org.openiop.video.internal.EventHub;
import org.openiop.video.spi.Capabilities;
import org.openiop.video.spi.Capabilities.Feature;
import org.openiop.video.spi.Capabilities.Support;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomEventListener;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.tickets.TicketCodec;
import org.openiop.video.tickets.TicketInvalidException;
import org.openiop.video.tickets.VerifiedTicket;

/**
 * The in-memory {@code loopback} provider: every feature of the SPI, no network, deterministic
 * under an injected {@link Clock}.
 *
 * <p>Tickets are HS256 JWTs ({@link TicketCodec}); {@link #connect(String)} plays a person's app:
 * it verifies the ticket, puts the person in the waiting room (or straight in, for hosts and rooms
 * without one) and emits the same events a real platform would. Hosts admit, mute, remove and end
 * through the SPI. Rooms past their expiry accept no one.
 *
 * <pre>{@code
 * LoopbackVideoProvider video = LoopbackVideoProvider.builder().clock(clock).build();
 * VideoRoom room = video.createRoom(RoomSpec.builder(sessionId, end).build());
 * JoinTicket ticket = video.issueTicket(room.id(), person, VideoRole.PARTICIPANT, Duration.ofHours(2));
 * LoopbackClient client = video.connect(ticket.token()); // WAITING
 * video.admit(room.id(), person);                          // IN_ROOM
 * }</pre>
 *
 * <p>Thread-safe: all state is guarded by one lock; events are delivered outside it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LoopbackVideoProvider implements VideoProvider {
  /** The provider name. */
  public static final String NAME = "loopback";

  private static final Capabilities CAPABILITIES;

  static {
    Map<Feature, Support> support = new EnumMap<>(Feature.class);
    for (Feature feature : Feature.values()) {
      support.put(feature, Support.NATIVE);
    }
    CAPABILITIES = new Capabilities(support);
  }

  private final Clock clock;
  private final TicketCodec tickets;
  private final EventHub events = new EventHub();
  private final AtomicLong nextRoom = new AtomicLong(1);
  private final Object lock = new Object();
  private final Map<RoomId, Room> rooms = new LinkedHashMap<>();

  private static final class Room {
    final VideoRoom info;
    boolean ended;
    final Set<PersonRef> admitted = new HashSet<>();
    final Set<PersonRef> removed = new HashSet<>();
    final Map<PersonRef, LoopbackClient> clients = new LinkedHashMap<>();
    final Map<LoopbackClient, LoopbackClient.State> states = new HashMap<>();
    final Set<LoopbackClient> muted = new HashSet<>();

    Room(VideoRoom info) {
      this.info = info;
    }

    long inRoom() {
      return states.values().stream().filter(s -> s == LoopbackClient.State.IN_ROOM).count();
    }
  }

  private LoopbackVideoProvider(Builder builder) {
    this.clock = builder.clock;
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.tickets = TicketCodec.hs256(secret, "openiop-loopback", clock);
  }

  /**
   * Starts a builder with the system UTC clock.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Capabilities capabilities() {
    return CAPABILITIES;
  }

  @Override
  public VideoRoom createRoom(RoomSpec spec) {
    Objects.requireNonNull(spec, "spec == null");
    RoomId id = RoomId.of("loop-" + nextRoom.getAndIncrement());
    VideoRoom room = new VideoRoom(NAME, id, spec, clock.instant(), spec.endToEndEncryption());
    synchronized (lock) {
      rooms.put(id, new Room(room));
    }
    return room;
  }

  @Override
  public JoinTicket issueTicket(RoomId room, PersonRef person, VideoRole role, Duration lifetime)
      throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    JoinTicket.checkLifetime(lifetime);
    Instant expiresAt;
    synchronized (lock) {
      Room r = openRoom(room);
      Instant wanted = clock.instant().plus(lifetime);
      expiresAt = wanted.isAfter(r.info.spec().expiresAt()) ? r.info.spec().expiresAt() : wanted;
    }
    String token = tickets.mint(room, person, role, expiresAt);
    return new JoinTicket(
        NAME, room, person, role, expiresAt, token, Map.of(), Map.of("room", room.value()));
  }

  /**
   * Connects a person's simulated app with a ticket: the person waits, or enters directly when a
   * host, already admitted, or the room has no waiting room.
   *
   * @param token the ticket's token; never {@code null}
   * @return the client
   * @throws VideoAuthException when the ticket is invalid, expired or the person was removed
   * @throws VideoNotFoundException when the room does not exist, ended or expired
   * @throws VideoInvalidRequestException when the room is full
   */
  public LoopbackClient connect(String token) throws VideoException {
    Objects.requireNonNull(token, "token == null");
    RoomId room = roomOf(token);
    VerifiedTicket ticket;
    try {
      ticket = tickets.verify(token, room);
    } catch (TicketInvalidException e) {
      throw new VideoAuthException(NAME, "ticket refused: " + e.getMessage(), 0, null, null);
    }
    List<RoomEvent> out = new ArrayList<>();
    LoopbackClient client;
    synchronized (lock) {
      Room r = openRoom(room);
      PersonRef person = ticket.person();
      if (r.removed.contains(person)) {
        throw new VideoAuthException(
            NAME, "person " + person + " was removed from room " + room, 0, null, null);
      }
      LoopbackClient previous = r.clients.get(person);
      if (previous != null && r.states.get(previous) != LoopbackClient.State.GONE) {
        leaveLocked(r, previous, LeaveReason.CONNECTION_LOST, out);
      }
      boolean direct =
          ticket.role() == VideoRole.HOST
              || !r.info.spec().waitingRoom()
              || r.admitted.contains(person);
      if (direct && r.inRoom() >= r.info.spec().capacity()) {
        throw new VideoInvalidRequestException(NAME, "room " + room + " is full", 0, null, null);
      }
      client = new LoopbackClient(this, room, person, ticket.role());
      r.clients.put(person, client);
      Instant now = clock.instant();
      if (direct) {
        r.admitted.add(person);
        r.states.put(client, LoopbackClient.State.IN_ROOM);
        out.add(RoomEvent.joined(room, person, now));
      } else {
        r.states.put(client, LoopbackClient.State.WAITING);
        out.add(RoomEvent.waiting(room, person, now));
      }
    }
    out.forEach(events::publish);
    return client;
  }

  @Override
  public void admit(RoomId room, PersonRef person) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    List<RoomEvent> out = new ArrayList<>();
    synchronized (lock) {
      Room r = openRoom(room);
      r.removed.remove(person);
      if (!r.admitted.add(person)) {
        return;
      }
      LoopbackClient client = r.clients.get(person);
      if (client != null && r.states.get(client) == LoopbackClient.State.WAITING) {
        if (r.inRoom() >= r.info.spec().capacity()) {
          r.admitted.remove(person);
          throw new VideoInvalidRequestException(NAME, "room " + room + " is full", 0, null, null);
        }
        r.states.put(client, LoopbackClient.State.IN_ROOM);
        out.add(RoomEvent.joined(room, person, clock.instant()));
      }
    }
    out.forEach(events::publish);
  }

  @Override
  public void mute(RoomId room, PersonRef person) throws VideoException {
    synchronized (lock) {
      Room r = openRoom(room);
      LoopbackClient client = presentClient(r, person);
      r.muted.add(client);
    }
  }

  @Override
  public void remove(RoomId room, PersonRef person) throws VideoException {
    List<RoomEvent> out = new ArrayList<>();
    synchronized (lock) {
      Room r = openRoom(room);
      LoopbackClient client = presentClient(r, person);
      r.admitted.remove(person);
      r.removed.add(person);
      leaveLocked(r, client, LeaveReason.REMOVED, out);
    }
    out.forEach(events::publish);
  }

  @Override
  public List<RoomParticipant> participants(RoomId room) throws VideoException {
    synchronized (lock) {
      Room r = openRoom(room);
      List<RoomParticipant> list = new ArrayList<>();
      r.states.forEach(
          (client, state) -> {
            if (state != LoopbackClient.State.GONE) {
              boolean in = state == LoopbackClient.State.IN_ROOM;
              list.add(
                  new RoomParticipant(
                      client.person(), client.role(), in, in && client.role().publishes()));
            }
          });
      return List.copyOf(list);
    }
  }

  @Override
  public void endRoom(RoomId room) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    List<RoomEvent> out = new ArrayList<>();
    synchronized (lock) {
      Room r = rooms.get(room);
      if (r == null) {
        throw new VideoNotFoundException(NAME, "no room " + room, 0, null, null);
      }
      if (r.ended) {
        return;
      }
      for (LoopbackClient client : List.copyOf(r.states.keySet())) {
        if (r.states.get(client) != LoopbackClient.State.GONE) {
          leaveLocked(r, client, LeaveReason.ROOM_ENDED, out);
        }
      }
      r.ended = true;
    }
    out.forEach(events::publish);
  }

  @Override
  public AutoCloseable subscribe(RoomEventListener listener) {
    return events.subscribe(listener);
  }

  /**
   * The rooms created and not yet ended (expired ones included); what a leak check looks at.
   *
   * @return never {@code null}
   */
  public List<RoomId> openRooms() {
    synchronized (lock) {
      return rooms.values().stream().filter(r -> !r.ended).map(r -> r.info.id()).toList();
    }
  }

  /**
   * Whether the room records (only ever with a recording consent in its spec).
   *
   * @param room never {@code null}
   * @return whether recording is on
   */
  public boolean recording(RoomId room) {
    synchronized (lock) {
      Room r = rooms.get(room);
      return r != null && !r.ended && r.info.spec().recording();
    }
  }

  @Override
  public void close() {
    // Nothing to release: no threads, no connections.
  }

  LoopbackClient.State stateOf(LoopbackClient client) {
    synchronized (lock) {
      Room r = rooms.get(client.room());
      LoopbackClient.State state = r == null ? null : r.states.get(client);
      return state == null ? LoopbackClient.State.GONE : state;
    }
  }

  boolean mutedOf(LoopbackClient client) {
    synchronized (lock) {
      Room r = rooms.get(client.room());
      return r != null && r.muted.contains(client);
    }
  }

  void unmute(LoopbackClient client) {
    synchronized (lock) {
      Room r = rooms.get(client.room());
      if (r != null) {
        r.muted.remove(client);
      }
    }
  }

  void disconnect(LoopbackClient client, LeaveReason reason) {
    List<RoomEvent> out = new ArrayList<>();
    synchronized (lock) {
      Room r = rooms.get(client.room());
      if (r == null || r.states.get(client) == LoopbackClient.State.GONE) {
        return;
      }
      leaveLocked(r, client, reason, out);
    }
    out.forEach(events::publish);
  }

  private void leaveLocked(Room r, LoopbackClient client, LeaveReason reason, List<RoomEvent> out) {
    LoopbackClient.State before = r.states.put(client, LoopbackClient.State.GONE);
    r.muted.remove(client);
    if (before == LoopbackClient.State.IN_ROOM || before == LoopbackClient.State.WAITING) {
      out.add(RoomEvent.left(r.info.id(), client.person(), clock.instant(), reason));
    }
  }

  private LoopbackClient presentClient(Room r, PersonRef person) throws VideoNotFoundException {
    Objects.requireNonNull(person, "person == null");
    LoopbackClient client = r.clients.get(person);
    if (client == null || r.states.get(client) == LoopbackClient.State.GONE) {
      throw new VideoNotFoundException(
          NAME, "person " + person + " is not in room " + r.info.id(), 0, null, null);
    }
    return client;
  }

  private Room openRoom(RoomId room) throws VideoNotFoundException {
    Objects.requireNonNull(room, "room == null");
    Room r = rooms.get(room);
    if (r == null || r.ended) {
      throw new VideoNotFoundException(NAME, "no open room " + room, 0, null, null);
    }
    if (!clock.instant().isBefore(r.info.spec().expiresAt())) {
      throw new VideoNotFoundException(NAME, "room " + room + " expired", 0, null, null);
    }
    return r;
  }

  private static RoomId roomOf(String token) throws VideoAuthException {
    try {
      List<String> audience =
          com.nimbusds.jwt.SignedJWT.parse(token).getJWTClaimsSet().getAudience();
      if (audience == null || audience.size() != 1) {
        throw new VideoAuthException(NAME, "ticket refused: no room", 0, null, null);
      }
      return RoomId.of(audience.get(0));
    } catch (java.text.ParseException | IllegalArgumentException e) {
      throw new VideoAuthException(NAME, "ticket refused: malformed", 0, null, null);
    }
  }

  /** Builds a {@link LoopbackVideoProvider}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the clock for events, expiries and ticket checks.
     *
     * @param clock never {@code null}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return never {@code null}
     */
    public LoopbackVideoProvider build() {
      return new LoopbackVideoProvider(this);
    }
  }
}
