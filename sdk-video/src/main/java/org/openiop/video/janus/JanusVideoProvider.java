package org.openiop.video.janus;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.video.internal.EventHub;
import org.openiop.video.internal.HttpCaller;
import org.openiop.video.spi.Capabilities;
import org.openiop.video.spi.Capabilities.Feature;
import org.openiop.video.spi.Capabilities.Support;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomEventListener;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code janus} provider: Janus VideoRoom rooms driven over Janus's plain HTTP API.
 *
 * <h2>How the therapy semantics map</h2>
 *
 * <ul>
 *   <li>Rooms are created private ({@code is_private}), with a random {@code secret} and {@code
 *       pin}, the VideoRoom {@code admin_key}, {@code require_pvtid}, {@code lock_record}, {@code
 *       record} only with a recording consent, {@code require_e2ee} when end-to-end encryption is
 *       requested, and an {@code allowed} list.
 *   <li><b>Waiting room (emulated)</b>: each ticket carries a personal {@code joinToken}; Janus
 *       lets a person join only once their token is on the room's {@code allowed} list. Hosts'
 *       tokens are added when their ticket is issued, everybody else's on {@link #admit}. The app
 *       reports a person who is waiting with {@link #reportWaiting}.
 *   <li><b>Signed tickets</b> (native, when a {@code token_auth_secret} is configured): the
 *       ticket's {@link JoinTicket#token()} is a Janus signed token that expires with the ticket.
 *       Without it, the ticket's token is the {@code joinToken}, which stops working on removal or
 *       when the room ends, but not by time.
 *   <li><b>Join/leave events (emulated by polling)</b>: Janus sends events only to handles in the
 *       room, so {@link #pollEvents} compares {@code listparticipants} with the previous answer. A
 *       background poll runs every {@link Builder#pollInterval} when set.
 *   <li><b>Server restarts</b>: a lost session is re-created and a room Janus forgot is re-created
 *       with the same number, secret, pin and allowed list; the people it dropped are reported as
 *       {@link LeaveReason#CONNECTION_LOST} and can rejoin with their tickets.
 *   <li>{@link #mute} sends {@code moderate} for the audio stream ({@code mid} {@value #AUDIO_MID},
 *       where {@code janus.js} puts the first audio track); someone who publishes no such stream
 *       counts as muted. Observers are not hidden: Janus lists every handle.
 * </ul>
 *
 * <p>The control session is kept alive by a keep-alive every 25 s on a daemon thread. Thread-safe.
 *
 * <pre>{@code
 * JanusVideoProvider janus = JanusVideoProvider.builder()
 *     .baseUrl("http://127.0.0.1:8088/janus")
 *     .roomAdminKey(adminKey)
 *     .tokenSecret(tokenSecret)
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JanusVideoProvider implements VideoProvider {
  /** The provider name. */
  public static final String NAME = "janus";

  /** The {@code mid} that {@link #mute} moderates. */
  public static final String AUDIO_MID = "0";

  private static final Logger LOG = LoggerFactory.getLogger(JanusVideoProvider.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpUrl baseUrl;
  private final String roomAdminKey;
  private final @Nullable JanusTokens tokens;
  private final Clock clock;
  private final JanusApi api;
  private final EventHub events = new EventHub();
  private final Map<RoomId, Room> rooms = new ConcurrentHashMap<>();
  private final ScheduledExecutorService background;

  /** What this provider remembers about a room, so it can re-create it after a restart. */
  private static final class Room {
    final long number;
    final RoomSpec spec;
    final String secret;
    final String pin;
    final Map<PersonRef, String> joinTokens = new HashMap<>();
    final Map<PersonRef, VideoRole> roles = new HashMap<>();
    final Set<PersonRef> admitted = new HashSet<>();
    final Set<PersonRef> waiting = new HashSet<>();
    final Set<PersonRef> removed = new HashSet<>();
    Map<PersonRef, Long> present = new LinkedHashMap<>();
    boolean ended;
    boolean recreated;

    Room(long number, RoomSpec spec, String secret, String pin) {
      this.number = number;
      this.spec = spec;
      this.secret = secret;
      this.pin = pin;
    }
  }

  private JanusVideoProvider(Builder b, OkHttpClient client) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl not set");
    this.roomAdminKey = Objects.requireNonNull(b.roomAdminKey, "roomAdminKey not set");
    this.tokens = b.tokenSecret == null ? null : JanusTokens.withSecret(b.tokenSecret);
    this.clock = b.clock;
    HttpCaller caller = new HttpCaller(NAME, client, b.retry, b.sleeper, RANDOM, body -> null);
    this.api = new JanusApi(NAME, baseUrl, caller, tokens, clock);
    this.background =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "openiop-janus-keepalive");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Starts a builder.
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
    Map<Feature, Support> support = new EnumMap<>(Feature.class);
    support.put(Feature.WAITING_ROOM, Support.EMULATED);
    support.put(Feature.MUTE, Support.NATIVE);
    support.put(Feature.REMOVE, Support.NATIVE);
    support.put(Feature.END_ROOM, Support.NATIVE);
    support.put(Feature.JOIN_LEAVE_EVENTS, Support.EMULATED);
    support.put(Feature.RECORDING, Support.NATIVE);
    support.put(Feature.END_TO_END_ENCRYPTION, Support.NATIVE);
    support.put(Feature.HIDDEN_OBSERVERS, Support.NATIVE);
    support.put(Feature.SIGNED_TICKETS, tokens == null ? Support.NONE : Support.NATIVE);
    support.put(Feature.LIST_PARTICIPANTS, Support.NATIVE);
    return new Capabilities(support);
  }

  /**
   * Asks Janus for its server info; a cheap health check.
   *
   * @return the {@code server_info} answer
   * @throws VideoException when Janus cannot be reached
   */
  public JsonObject serverInfo() throws VideoException {
    return api.info();
  }

  @Override
  public VideoRoom createRoom(RoomSpec spec) throws VideoException {
    Objects.requireNonNull(spec, "spec == null");
    long number = 1 + (RANDOM.nextLong() >>> 12); // below 2^52: exact in JSON doubles
    Room room = new Room(number, spec, randomSecret(), randomSecret());
    create(room);
    RoomId id = RoomId.of(Long.toString(number));
    rooms.put(id, room);
    LOG.info("janus room {} created for session {}", id, spec.session());
    return new VideoRoom(NAME, id, spec, clock.instant(), spec.endToEndEncryption());
  }

  private void create(Room room) throws VideoException {
    JsonArrayBuilder allowed = Json.createArrayBuilder();
    synchronized (room) {
      room.joinTokens.forEach(
          (person, token) -> {
            if (room.admitted.contains(person)) {
              allowed.add(token);
            }
          });
    }
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("request", "create")
            .add("admin_key", roomAdminKey)
            .add("room", room.number)
            .add("description", "openiop " + room.spec.session().value())
            .add("secret", room.secret)
            .add("pin", room.pin)
            .add("publishers", room.spec.capacity())
            .add("is_private", true)
            .add("require_pvtid", true)
            .add("lock_record", true)
            .add("record", room.spec.recording())
            .add("require_e2ee", room.spec.endToEndEncryption())
            .add("notify_joining", true)
            .add("allowed", allowed);
    api.videoroom(body.build(), false, "create room");
  }

  @Override
  public JoinTicket issueTicket(RoomId roomId, PersonRef person, VideoRole role, Duration lifetime)
      throws VideoException {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    JoinTicket.checkLifetime(lifetime);
    Room room = room(roomId);
    Instant wanted = clock.instant().plus(lifetime);
    Instant expiresAt = wanted.isAfter(room.spec.expiresAt()) ? room.spec.expiresAt() : wanted;
    String joinToken;
    boolean allowNow;
    synchronized (room) {
      joinToken = room.joinTokens.computeIfAbsent(person, p -> randomSecret());
      room.roles.put(person, role);
      allowNow =
          role == VideoRole.HOST || !room.spec.waitingRoom() || room.admitted.contains(person);
    }
    if (allowNow) {
      allow(roomId, room, person, joinToken);
    }
    Map<String, String> secrets = new LinkedHashMap<>();
    secrets.put("pin", room.pin);
    secrets.put("joinToken", joinToken);
    String token = tokens == null ? joinToken : tokens.videoRoomToken(expiresAt);
    Map<String, String> connection =
        Map.of(
            "url", baseUrl.toString(),
            "plugin", JanusTokens.VIDEOROOM,
            "room", roomId.value(),
            "display", person.identity(),
            "ptype", role.publishes() ? "publisher" : "subscriber");
    return new JoinTicket(NAME, roomId, person, role, expiresAt, token, secrets, connection);
  }

  /**
   * Records that a person's app is waiting to be admitted (emits {@code WAITING}). Call it when the
   * app's join was refused because the person is not admitted yet.
   *
   * @param roomId the room; never {@code null}
   * @param person who; never {@code null}
   */
  public void reportWaiting(RoomId roomId, PersonRef person) {
    Objects.requireNonNull(person, "person == null");
    Room room = rooms.get(Objects.requireNonNull(roomId, "roomId == null"));
    if (room == null) {
      throw new IllegalArgumentException("room " + roomId + " was not created by this provider");
    }
    boolean added;
    synchronized (room) {
      added = !room.admitted.contains(person) && room.waiting.add(person);
    }
    if (added) {
      events.publish(RoomEvent.waiting(roomId, person, clock.instant()));
    }
  }

  @Override
  public void admit(RoomId roomId, PersonRef person) throws VideoException {
    Objects.requireNonNull(person, "person == null");
    Room room = room(roomId);
    String joinToken;
    synchronized (room) {
      joinToken = room.joinTokens.computeIfAbsent(person, p -> randomSecret());
      room.removed.remove(person);
    }
    allow(roomId, room, person, joinToken);
    synchronized (room) {
      room.waiting.remove(person);
    }
  }

  private void allow(RoomId roomId, Room room, PersonRef person, String joinToken)
      throws VideoException {
    JsonObject body =
        Json.createObjectBuilder()
            .add("request", "allowed")
            .add("secret", room.secret)
            .add("room", room.number)
            .add("action", "add")
            .add("allowed", Json.createArrayBuilder().add(joinToken))
            .build();
    withRoom(roomId, room, () -> api.videoroom(body, true, "admit"));
    synchronized (room) {
      room.admitted.add(person);
    }
  }

  @Override
  public void mute(RoomId roomId, PersonRef person) throws VideoException {
    Room room = room(roomId);
    long id = participantId(roomId, room, person);
    JsonObject body =
        Json.createObjectBuilder()
            .add("request", "moderate")
            .add("secret", room.secret)
            .add("room", room.number)
            .add("id", id)
            .add("mid", AUDIO_MID)
            .add("mute", true)
            .build();
    try {
      withRoom(roomId, room, () -> api.videoroom(body, true, "mute"));
    } catch (VideoNotFoundException e) {
      if (!"428".equals(e.errorCode())) {
        throw e;
      }
      LOG.debug("janus room {}: {} publishes no audio stream; nothing to mute", roomId, person);
    }
  }

  @Override
  public void remove(RoomId roomId, PersonRef person) throws VideoException {
    Room room = room(roomId);
    long id = participantId(roomId, room, person);
    String joinToken;
    synchronized (room) {
      joinToken = room.joinTokens.get(person);
      room.admitted.remove(person);
      room.removed.add(person);
    }
    if (joinToken != null) {
      JsonObject revoke =
          Json.createObjectBuilder()
              .add("request", "allowed")
              .add("secret", room.secret)
              .add("room", room.number)
              .add("action", "remove")
              .add("allowed", Json.createArrayBuilder().add(joinToken))
              .build();
      withRoom(roomId, room, () -> api.videoroom(revoke, true, "revoke"));
    }
    JsonObject kick =
        Json.createObjectBuilder()
            .add("request", "kick")
            .add("secret", room.secret)
            .add("room", room.number)
            .add("id", id)
            .build();
    withRoom(roomId, room, () -> api.videoroom(kick, false, "remove"));
    pollEvents(roomId);
  }

  @Override
  public List<RoomParticipant> participants(RoomId roomId) throws VideoException {
    Room room = room(roomId);
    Map<PersonRef, JsonObject> listed = list(roomId, room);
    List<RoomParticipant> out = new ArrayList<>();
    synchronized (room) {
      listed.forEach(
          (person, p) ->
              out.add(
                  new RoomParticipant(
                      person,
                      room.roles.getOrDefault(person, VideoRole.PARTICIPANT),
                      true,
                      p.getBoolean("publisher", false))));
      for (PersonRef waiting : room.waiting) {
        if (!listed.containsKey(waiting)) {
          out.add(
              new RoomParticipant(
                  waiting, room.roles.getOrDefault(waiting, VideoRole.PARTICIPANT), false, false));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Polls {@code listparticipants} and emits {@code JOINED} and {@code LEFT} events for the
   * differences since the last poll, stamped with the provider's clock.
   *
   * @param roomId the room; never {@code null}
   * @return the events emitted
   * @throws VideoException when Janus failed
   */
  public List<RoomEvent> pollEvents(RoomId roomId) throws VideoException {
    Room room = room(roomId);
    Map<PersonRef, JsonObject> listed = list(roomId, room);
    List<RoomEvent> out = new ArrayList<>();
    Instant now = clock.instant();
    synchronized (room) {
      Map<PersonRef, Long> next = new LinkedHashMap<>();
      listed.forEach((person, p) -> next.put(person, p.getJsonNumber("id").longValue()));
      for (PersonRef gone : room.present.keySet()) {
        if (!next.containsKey(gone)) {
          LeaveReason reason =
              room.removed.contains(gone)
                  ? LeaveReason.REMOVED
                  : room.recreated ? LeaveReason.CONNECTION_LOST : LeaveReason.HUNG_UP;
          out.add(RoomEvent.left(roomId, gone, now, reason));
        }
      }
      for (PersonRef came : next.keySet()) {
        if (!room.present.containsKey(came)) {
          room.waiting.remove(came);
          out.add(RoomEvent.joined(roomId, came, now));
        }
      }
      room.present = next;
      room.recreated = false;
    }
    out.forEach(events::publish);
    return out;
  }

  @Override
  public void endRoom(RoomId roomId) throws VideoException {
    Room room = rooms.get(Objects.requireNonNull(roomId, "roomId == null"));
    if (room == null) {
      throw new IllegalArgumentException("room " + roomId + " was not created by this provider");
    }
    List<PersonRef> present;
    synchronized (room) {
      if (room.ended) {
        return;
      }
      present = List.copyOf(room.present.keySet());
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("request", "destroy")
            .add("secret", room.secret)
            .add("room", room.number)
            .build();
    try {
      api.videoroom(body, true, "end room");
    } catch (VideoNotFoundException e) {
      LOG.debug("janus room {} already gone", roomId);
    }
    synchronized (room) {
      room.ended = true;
      room.present = new LinkedHashMap<>();
    }
    Instant now = clock.instant();
    for (PersonRef person : present) {
      events.publish(RoomEvent.left(roomId, person, now, LeaveReason.ROOM_ENDED));
    }
    LOG.info("janus room {} ended", roomId);
  }

  /**
   * Whether Janus currently has the room.
   *
   * @param roomId the room; never {@code null}
   * @return the answer of {@code exists}
   * @throws VideoException when Janus failed
   */
  public boolean exists(RoomId roomId) throws VideoException {
    Room room = rooms.get(Objects.requireNonNull(roomId, "roomId == null"));
    long number = room != null ? room.number : Long.parseLong(roomId.value());
    JsonObject body =
        Json.createObjectBuilder().add("request", "exists").add("room", number).build();
    return api.videoroom(body, true, "exists").getBoolean("exists", false);
  }

  @Override
  public AutoCloseable subscribe(RoomEventListener listener) {
    return events.subscribe(listener);
  }

  @Override
  public void close() {
    background.shutdownNow();
  }

  private Map<PersonRef, JsonObject> list(RoomId roomId, Room room) throws VideoException {
    JsonObject body =
        Json.createObjectBuilder()
            .add("request", "listparticipants")
            .add("secret", room.secret)
            .add("room", room.number)
            .build();
    JsonObject data = withRoom(roomId, room, () -> api.videoroom(body, true, "list participants"));
    Map<PersonRef, JsonObject> out = new LinkedHashMap<>();
    for (JsonValue value : data.getJsonArray("participants")) {
      if (value instanceof JsonObject p && p.get("display") instanceof JsonString display) {
        PersonRef.parseIdentity(display.getString()).ifPresent(person -> out.put(person, p));
      }
    }
    return out;
  }

  private long participantId(RoomId roomId, Room room, PersonRef person) throws VideoException {
    Objects.requireNonNull(person, "person == null");
    JsonObject p = list(roomId, room).get(person);
    if (p == null) {
      throw new VideoNotFoundException(
          NAME, "person " + person + " is not in room " + roomId, 0, null, null);
    }
    return p.getJsonNumber("id").longValue();
  }

  @FunctionalInterface
  private interface RoomCall {
    JsonObject call() throws VideoException;
  }

  /** Runs a room request; if Janus forgot the room (restart), re-creates it and runs it again. */
  private JsonObject withRoom(RoomId roomId, Room room, RoomCall call) throws VideoException {
    try {
      return call.call();
    } catch (VideoNotFoundException e) {
      if (!"426".equals(e.errorCode())) {
        throw e;
      }
      synchronized (room) {
        if (room.ended) {
          throw e;
        }
      }
      LOG.info("janus forgot room {} (server restart?); re-creating it", roomId);
      try {
        create(room);
      } catch (VideoException again) {
        if (!"427".equals(again.errorCode())) { // 427: created meanwhile by another thread
          throw again;
        }
      }
      synchronized (room) {
        room.recreated = true;
      }
      return call.call();
    }
  }

  private Room room(RoomId roomId) throws VideoNotFoundException {
    Room room = rooms.get(Objects.requireNonNull(roomId, "roomId == null"));
    if (room == null) {
      throw new IllegalArgumentException("room " + roomId + " was not created by this provider");
    }
    synchronized (room) {
      if (room.ended) {
        throw new VideoNotFoundException(NAME, "room " + roomId + " has ended", 0, null, null);
      }
    }
    return room;
  }

  private void startBackground(Duration keepAlive, Duration poll) {
    if (!keepAlive.isZero()) {
      background.scheduleWithFixedDelay(
          () -> {
            try {
              api.keepAlive();
            } catch (VideoException | RuntimeException e) {
              LOG.warn("janus keep-alive failed: {}", e.getClass().getSimpleName());
            }
          },
          keepAlive.toMillis(),
          keepAlive.toMillis(),
          TimeUnit.MILLISECONDS);
    }
    if (!poll.isZero()) {
      background.scheduleWithFixedDelay(
          () -> {
            for (Map.Entry<RoomId, Room> e : rooms.entrySet()) {
              boolean ended;
              synchronized (e.getValue()) {
                ended = e.getValue().ended;
              }
              if (ended) {
                continue;
              }
              try {
                pollEvents(e.getKey());
              } catch (VideoException | RuntimeException ex) {
                LOG.warn(
                    "janus poll of room {} failed: {}", e.getKey(), ex.getClass().getSimpleName());
              }
            }
          },
          poll.toMillis(),
          poll.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private static String randomSecret() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  @Override
  public String toString() {
    return "JanusVideoProvider{url=" + baseUrl + "}";
  }

  /** Builds a {@link JanusVideoProvider}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable HttpUrl baseUrl;
    private @Nullable String roomAdminKey;
    private @Nullable String tokenSecret;
    private Clock clock = Clock.systemUTC();
    private @Nullable OkHttpClient client;
    private Duration callTimeout = Duration.ofSeconds(10);
    private Duration connectTimeout = Duration.ofSeconds(5);
    private RetryPolicy retry = RetryPolicy.defaults();
    private Duration keepAlive = Duration.ofSeconds(25);
    private Duration pollInterval = Duration.ZERO;
    private HttpCaller.Sleeper sleeper = HttpCaller.threadSleeper();

    private Builder() {}

    /**
     * Sets the Janus HTTP API base URL, such as {@code http://127.0.0.1:8088/janus}.
     *
     * @param url never {@code null}
     * @return this
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url == null");
      HttpUrl parsed = HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException("baseUrl is not an http(s) URL");
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * Sets the VideoRoom {@code admin_key} needed to create rooms.
     *
     * @param key never {@code null}
     * @return this
     */
    public Builder roomAdminKey(String key) {
      this.roomAdminKey = Objects.requireNonNull(key, "key == null");
      return this;
    }

    /**
     * Sets the core {@code token_auth_secret}; enables signed tickets and signs this provider's own
     * requests.
     *
     * @param secret never {@code null}
     * @return this
     */
    public Builder tokenSecret(String secret) {
      this.tokenSecret = Objects.requireNonNull(secret, "secret == null");
      return this;
    }

    /**
     * Sets the clock for events and ticket expiries.
     *
     * @param clock never {@code null}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Shares an OkHttp client's pools; its timeouts are replaced by this builder's.
     *
     * @param client never {@code null}
     * @return this
     */
    public Builder httpClient(OkHttpClient client) {
      this.client = Objects.requireNonNull(client, "client == null");
      return this;
    }

    /**
     * Sets the whole-call timeout of each HTTP call (default 10 s).
     *
     * @param timeout positive; never {@code null}
     * @return this
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets the connect timeout (default 5 s).
     *
     * @param timeout positive; never {@code null}
     * @return this
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how idempotent calls are retried (default {@link RetryPolicy#defaults()}).
     *
     * @param policy never {@code null}
     * @return this
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retry = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Sets the keep-alive interval of the control session (default 25 s; zero turns it off).
     *
     * @param interval zero or positive, below Janus's 60 s session timeout; never {@code null}
     * @return this
     */
    public Builder keepAlive(Duration interval) {
      Objects.requireNonNull(interval, "interval == null");
      if (interval.isNegative() || interval.compareTo(Duration.ofSeconds(55)) > 0) {
        throw new IllegalArgumentException("keepAlive must be between 0 and 55 s");
      }
      this.keepAlive = interval;
      return this;
    }

    /**
     * Sets how often rooms are polled for join and leave events (default zero: only when {@link
     * JanusVideoProvider#pollEvents} is called).
     *
     * @param interval zero or positive; never {@code null}
     * @return this
     */
    public Builder pollInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval == null");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("pollInterval < 0");
      }
      this.pollInterval = interval;
      return this;
    }

    Builder sleeper(HttpCaller.Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    /**
     * Builds the provider and starts its keep-alive (and poll) task.
     *
     * @return never {@code null}
     * @throws NullPointerException when the base URL or room admin key is missing
     */
    public JanusVideoProvider build() {
      OkHttpClient base = client != null ? client : new OkHttpClient();
      OkHttpClient configured =
          base.newBuilder()
              .callTimeout(callTimeout)
              .connectTimeout(connectTimeout)
              .readTimeout(callTimeout)
              .writeTimeout(callTimeout)
              .build();
      JanusVideoProvider provider = new JanusVideoProvider(this, configured);
      provider.startBackground(keepAlive, pollInterval);
      return provider;
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
