package org.openiop.examples.customprovider;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.openiop.video.spi.Capabilities;
import org.openiop.video.spi.Capabilities.Feature;
import org.openiop.video.spi.Capabilities.Support;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A host's own provider: an audio-only dial-in bridge, the fallback for a participant whose device
 * check fails. The "platform" is simulated in memory: {@link #callIn} stands for a phone call that
 * enters a PIN, {@link #hangUp} for the caller hanging up.
 *
 * <p>It shows the parts of the {@link VideoProvider} contract every adapter must keep: honest
 * {@link #capabilities()} (the waiting room is emulated by holding callers, recording and
 * end-to-end encryption are not available on a phone bridge, so a spec that asks to record is
 * refused); tickets that expire and die with removal or the room; failures as {@link
 * VideoException}s whose messages carry room ids and person ids only, never a PIN; events delivered
 * outside the lock to listeners that may not throw; thread safety.
 */
public final class PhoneBridgeVideoProvider implements VideoProvider {
  /** The provider's name. */
  public static final String NAME = "phone-bridge";

  private static final Logger LOG = LoggerFactory.getLogger(PhoneBridgeVideoProvider.class);
  private static final Capabilities CAPABILITIES;

  static {
    Map<Feature, Support> support = new HashMap<>();
    support.put(Feature.WAITING_ROOM, Support.EMULATED); // callers are held until admitted
    support.put(Feature.MUTE, Support.NATIVE);
    support.put(Feature.REMOVE, Support.NATIVE);
    support.put(Feature.END_ROOM, Support.NATIVE);
    support.put(Feature.JOIN_LEAVE_EVENTS, Support.NATIVE);
    support.put(Feature.LIST_PARTICIPANTS, Support.NATIVE);
    // RECORDING, END_TO_END_ENCRYPTION, HIDDEN_OBSERVERS, SIGNED_TICKETS: absent means NONE.
    CAPABILITIES = new Capabilities(support);
  }

  private final Clock clock;
  private final String dialInNumber;
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong nextRoom = new AtomicLong(1);
  private final List<RoomEventListener> listeners = new CopyOnWriteArrayList<>();
  private final Object lock = new Object();
  private final Map<RoomId, Bridge> bridges = new LinkedHashMap<>();

  /** One conference bridge; guarded by {@code lock}. */
  private static final class Bridge {
    final VideoRoom room;
    boolean ended;
    final Map<String, JoinTicket> ticketsByPin = new HashMap<>();
    final Map<PersonRef, RoomParticipant> onLine = new LinkedHashMap<>();
    final List<PersonRef> admitted = new ArrayList<>();
    final List<PersonRef> removed = new ArrayList<>();

    Bridge(VideoRoom room) {
      this.room = room;
    }
  }

  /**
   * Creates a provider.
   *
   * @param clock the clock for events and expiries; never {@code null}
   * @param dialInNumber the number callers dial, handed out in each ticket; never {@code null}
   */
  public PhoneBridgeVideoProvider(Clock clock, String dialInNumber) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.dialInNumber = Objects.requireNonNull(dialInNumber, "dialInNumber == null");
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
    if (spec.recording()) {
      throw new UnsupportedOperationException(NAME + " cannot record");
    }
    RoomId id = RoomId.of("bridge-" + nextRoom.getAndIncrement());
    VideoRoom room = new VideoRoom(NAME, id, spec, clock.instant(), false);
    synchronized (lock) {
      bridges.put(id, new Bridge(room));
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
    synchronized (lock) {
      Bridge b = open(room);
      Instant wanted = clock.instant().plus(lifetime);
      Instant expiresAt =
          wanted.isAfter(b.room.spec().expiresAt()) ? b.room.spec().expiresAt() : wanted;
      String pin;
      do {
        pin = String.format("%08d", random.nextInt(100_000_000));
      } while (b.ticketsByPin.containsKey(pin));
      JoinTicket ticket =
          new JoinTicket(
              NAME,
              room,
              person,
              role,
              expiresAt,
              pin,
              Map.of(),
              Map.of("dialIn", dialInNumber, "bridge", room.value()));
      b.ticketsByPin.put(pin, ticket);
      return ticket;
    }
  }

  /**
   * A caller dials in and enters a PIN: hosts go straight onto the bridge, everyone else is held
   * until admitted (when the room has a waiting room).
   *
   * @param room the bridge dialled; never {@code null}
   * @param pin the PIN entered; never {@code null}, never logged
   * @return who the PIN belongs to
   * @throws VideoAuthException if the PIN is unknown, expired or its holder was removed
   * @throws VideoNotFoundException if the bridge does not exist or has ended
   * @throws VideoInvalidRequestException if the bridge is full
   */
  public PersonRef callIn(RoomId room, String pin) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(pin, "pin == null");
    RoomEvent event;
    PersonRef person;
    synchronized (lock) {
      Bridge b = open(room);
      JoinTicket ticket = b.ticketsByPin.get(pin);
      if (ticket == null || !clock.instant().isBefore(ticket.expiresAt())) {
        throw new VideoAuthException(NAME, "PIN refused for " + room, 0, null, null);
      }
      person = ticket.person();
      if (b.removed.contains(person)) {
        throw new VideoAuthException(NAME, person + " was removed from " + room, 0, null, null);
      }
      boolean direct =
          ticket.role() == VideoRole.HOST
              || !b.room.spec().waitingRoom()
              || b.admitted.contains(person);
      long onBridge = b.onLine.values().stream().filter(RoomParticipant::admitted).count();
      if (direct && onBridge >= b.room.spec().capacity()) {
        throw new VideoInvalidRequestException(NAME, room + " is full", 0, null, null);
      }
      b.onLine.put(person, new RoomParticipant(person, ticket.role(), direct, true));
      if (direct && !b.admitted.contains(person)) {
        b.admitted.add(person);
      }
      event =
          direct
              ? RoomEvent.joined(room, person, clock.instant())
              : RoomEvent.waiting(room, person, clock.instant());
    }
    publish(event);
    return person;
  }

  /**
   * A caller hangs up; does nothing if they are not on the line.
   *
   * @param room the bridge; never {@code null}
   * @param person who; never {@code null}
   */
  public void hangUp(RoomId room, PersonRef person) {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    RoomEvent event = null;
    synchronized (lock) {
      Bridge b = bridges.get(room);
      if (b != null && b.onLine.remove(person) != null) {
        event = RoomEvent.left(room, person, clock.instant(), RoomEvent.LeaveReason.HUNG_UP);
      }
    }
    if (event != null) {
      publish(event);
    }
  }

  @Override
  public void admit(RoomId room, PersonRef person) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    RoomEvent event = null;
    synchronized (lock) {
      Bridge b = open(room);
      if (!b.admitted.contains(person)) {
        b.admitted.add(person);
      }
      RoomParticipant p = b.onLine.get(person);
      if (p != null && !p.admitted()) {
        b.onLine.put(person, new RoomParticipant(person, p.role(), true, true));
        event = RoomEvent.joined(room, person, clock.instant());
      }
    }
    if (event != null) {
      publish(event);
    }
  }

  @Override
  public void mute(RoomId room, PersonRef person) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    synchronized (lock) {
      Bridge b = open(room);
      RoomParticipant p = b.onLine.get(person);
      if (p == null) {
        throw new VideoNotFoundException(NAME, person + " is not on " + room, 0, null, null);
      }
      b.onLine.put(person, new RoomParticipant(person, p.role(), p.admitted(), false));
    }
  }

  @Override
  public void remove(RoomId room, PersonRef person) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    RoomEvent event;
    synchronized (lock) {
      Bridge b = open(room);
      if (b.onLine.remove(person) == null) {
        throw new VideoNotFoundException(NAME, person + " is not on " + room, 0, null, null);
      }
      b.admitted.remove(person);
      b.removed.add(person);
      event = RoomEvent.left(room, person, clock.instant(), RoomEvent.LeaveReason.REMOVED);
    }
    publish(event);
  }

  @Override
  public List<RoomParticipant> participants(RoomId room) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    synchronized (lock) {
      return List.copyOf(open(room).onLine.values());
    }
  }

  @Override
  public void endRoom(RoomId room) throws VideoException {
    Objects.requireNonNull(room, "room == null");
    List<RoomEvent> events = new ArrayList<>();
    synchronized (lock) {
      Bridge b = bridges.get(room);
      if (b == null) {
        throw new VideoNotFoundException(NAME, "no bridge " + room, 0, null, null);
      }
      if (b.ended) {
        return;
      }
      b.ended = true;
      Instant now = clock.instant();
      for (PersonRef person : b.onLine.keySet()) {
        events.add(RoomEvent.left(room, person, now, RoomEvent.LeaveReason.ROOM_ENDED));
      }
      b.onLine.clear();
      b.ticketsByPin.clear();
    }
    events.forEach(this::publish);
  }

  @Override
  public AutoCloseable subscribe(RoomEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public void close() {
    listeners.clear();
  }

  private Bridge open(RoomId room) throws VideoNotFoundException {
    Bridge b = bridges.get(room);
    if (b == null || b.ended) {
      throw new VideoNotFoundException(NAME, "no open bridge " + room, 0, null, null);
    }
    return b;
  }

  private void publish(RoomEvent event) {
    for (RoomEventListener l : listeners) {
      try {
        l.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn("room event listener failed for room {}", event.room().value(), e);
      }
    }
  }
}
