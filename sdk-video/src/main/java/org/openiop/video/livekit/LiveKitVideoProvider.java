package org.openiop.video.livekit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
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
import org.openiop.video.spi.RoomEventListener;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.spi.VideoUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code livekit} provider: rooms through LiveKit's RoomService (Twirp, JSON), tickets as
 * access tokens, events from verified webhooks.
 *
 * <h2>How the therapy semantics map</h2>
 *
 * <ul>
 *   <li><b>Waiting room (emulated)</b>: a participant not yet admitted gets a token that joins
 *       hidden, unable to publish or subscribe; their {@code participant_joined} webhook becomes a
 *       {@code WAITING} event. {@link #admit} grants publish and subscribe with {@code
 *       UpdateParticipant} and emits {@code JOINED}. Someone admitted while not connected gets a
 *       full grant on their next ticket.
 *   <li>Observers join hidden and never publish (native).
 *   <li>{@link #mute} mutes every published audio track ({@code MutePublishedTrack}).
 *   <li>Recording is done by LiveKit Egress, which this provider does not drive: a spec that
 *       records is refused. End-to-end encryption is a client-side LiveKit feature the server
 *       cannot enforce, so rooms report {@code endToEndEncrypted = false}.
 *   <li>{@code CreateRoom} is idempotent in LiveKit (same name, same room) and so is retried like
 *       the other idempotent calls; {@code RemoveParticipant} is not retried.
 * </ul>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveKitVideoProvider implements VideoProvider {
  /** The provider name. */
  public static final String NAME = "livekit";

  private static final Logger LOG = LoggerFactory.getLogger(LiveKitVideoProvider.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final HttpUrl baseUrl;
  private final LiveKitTokens tokens;
  private final LiveKitWebhooks webhooks;
  private final HttpCaller caller;
  private final Clock clock;
  private final EventHub events = new EventHub();
  private final Map<RoomId, Room> rooms = new ConcurrentHashMap<>();

  private static final class Room {
    final RoomSpec spec;
    final Map<PersonRef, VideoRole> roles = new HashMap<>();
    final Set<PersonRef> admitted = new HashSet<>();
    final Set<PersonRef> waiting = new HashSet<>();

    Room(RoomSpec spec) {
      this.spec = spec;
    }
  }

  private LiveKitVideoProvider(Builder b, OkHttpClient client) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl not set");
    LiveKitCredentials credentials = Objects.requireNonNull(b.credentials, "credentials not set");
    this.clock = b.clock;
    this.tokens = new LiveKitTokens(credentials, clock);
    this.webhooks = new LiveKitWebhooks(credentials, clock);
    this.caller =
        new HttpCaller(NAME, client, b.retry, b.sleeper, RANDOM, LiveKitVideoProvider::twirpCode);
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
    support.put(Feature.JOIN_LEAVE_EVENTS, Support.NATIVE);
    support.put(Feature.HIDDEN_OBSERVERS, Support.NATIVE);
    support.put(Feature.SIGNED_TICKETS, Support.NATIVE);
    support.put(Feature.LIST_PARTICIPANTS, Support.NATIVE);
    return new Capabilities(support);
  }

  @Override
  public VideoRoom createRoom(RoomSpec spec) throws VideoException {
    Objects.requireNonNull(spec, "spec == null");
    if (spec.recording()) {
      throw new UnsupportedOperationException("livekit provider does not record (Egress)");
    }
    byte[] suffix = new byte[8];
    RANDOM.nextBytes(suffix);
    RoomId id = RoomId.of("openiop-" + HexFormat.of().formatHex(suffix));
    long emptyTimeout =
        Math.max(60, Duration.between(clock.instant(), spec.expiresAt()).toSeconds());
    JsonObject body =
        Json.createObjectBuilder()
            .add("name", id.value())
            .add("empty_timeout", emptyTimeout)
            .add("max_participants", spec.capacity())
            .build();
    call("CreateRoom", body, null, true);
    rooms.put(id, new Room(spec));
    LOG.info("livekit room {} created for session {}", id, spec.session());
    return new VideoRoom(NAME, id, spec, clock.instant(), false);
  }

  @Override
  public JoinTicket issueTicket(RoomId roomId, PersonRef person, VideoRole role, Duration lifetime)
      throws VideoException {
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    JoinTicket.checkLifetime(lifetime);
    Room room = room(roomId);
    boolean admitted;
    synchronized (room) {
      room.roles.put(person, role);
      admitted =
          role == VideoRole.HOST || !room.spec.waitingRoom() || room.admitted.contains(person);
      if (admitted) {
        room.admitted.add(person);
      }
    }
    Instant wanted = clock.instant().plus(lifetime);
    Instant expiresAt = wanted.isAfter(room.spec.expiresAt()) ? room.spec.expiresAt() : wanted;
    String token =
        tokens.mint(
            person.identity(), VideoGrant.forRole(roomId.value(), role, admitted), expiresAt);
    return new JoinTicket(
        NAME,
        roomId,
        person,
        role,
        expiresAt,
        token,
        Map.of(),
        Map.of("url", baseUrl.toString(), "room", roomId.value()));
  }

  @Override
  public void admit(RoomId roomId, PersonRef person) throws VideoException {
    Objects.requireNonNull(person, "person == null");
    Room room = room(roomId);
    VideoRole role;
    boolean wasWaiting;
    synchronized (room) {
      if (!room.admitted.add(person)) {
        return;
      }
      role = room.roles.getOrDefault(person, VideoRole.PARTICIPANT);
      wasWaiting = room.waiting.remove(person);
    }
    if (!wasWaiting) {
      return;
    }
    VideoGrant grant = VideoGrant.forRole(roomId.value(), role, true);
    JsonObject body =
        Json.createObjectBuilder()
            .add("room", roomId.value())
            .add("identity", person.identity())
            .add(
                "permission",
                Json.createObjectBuilder()
                    .add("can_publish", grant.canPublish())
                    .add("can_subscribe", grant.canSubscribe())
                    .add("hidden", grant.hidden()))
            .build();
    call("UpdateParticipant", body, roomId.value(), true);
    events.publish(RoomEvent.joined(roomId, person, clock.instant()));
  }

  @Override
  public void mute(RoomId roomId, PersonRef person) throws VideoException {
    room(roomId);
    JsonObject participant = find(roomId, person);
    JsonArray tracks = participant.getJsonArray("tracks");
    if (tracks == null) {
      return;
    }
    for (JsonValue t : tracks) {
      if (t instanceof JsonObject track && isAudio(track.get("type"))) {
        JsonObject body =
            Json.createObjectBuilder()
                .add("room", roomId.value())
                .add("identity", person.identity())
                .add("track_sid", track.getString("sid", ""))
                .add("muted", true)
                .build();
        call("MutePublishedTrack", body, roomId.value(), true);
      }
    }
  }

  @Override
  public void remove(RoomId roomId, PersonRef person) throws VideoException {
    Objects.requireNonNull(person, "person == null");
    Room room = room(roomId);
    synchronized (room) {
      room.admitted.remove(person);
      room.waiting.remove(person);
    }
    JsonObject body =
        Json.createObjectBuilder()
            .add("room", roomId.value())
            .add("identity", person.identity())
            .build();
    call("RemoveParticipant", body, roomId.value(), false);
  }

  @Override
  public List<RoomParticipant> participants(RoomId roomId) throws VideoException {
    Room room = room(roomId);
    List<RoomParticipant> out = new ArrayList<>();
    for (JsonObject p : list(roomId)) {
      Optional<PersonRef> person = PersonRef.parseIdentity(string(p, "identity"));
      if (person.isEmpty()) {
        continue;
      }
      JsonArray tracks = p.getJsonArray("tracks");
      synchronized (room) {
        out.add(
            new RoomParticipant(
                person.get(),
                room.roles.getOrDefault(person.get(), VideoRole.PARTICIPANT),
                room.admitted.contains(person.get()),
                tracks != null && !tracks.isEmpty()));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public void endRoom(RoomId roomId) throws VideoException {
    Objects.requireNonNull(roomId, "roomId == null");
    if (rooms.remove(roomId) == null) {
      return;
    }
    try {
      call(
          "DeleteRoom",
          Json.createObjectBuilder().add("room", roomId.value()).build(),
          roomId.value(),
          true);
    } catch (VideoNotFoundException e) {
      LOG.debug("livekit room {} already gone", roomId);
    }
  }

  /**
   * Verifies a webhook and emits its join or leave as a room event: a join of someone not yet
   * admitted becomes {@code WAITING}.
   *
   * @param body the exact body received; never {@code null}
   * @param authorization the {@code Authorization} header; may be {@code null}
   * @return the event emitted, or empty for other webhooks
   * @throws WebhookInvalidException when verification fails
   */
  public Optional<RoomEvent> handleWebhook(String body, @Nullable String authorization)
      throws WebhookInvalidException {
    Optional<RoomEvent> event = webhooks.verify(body, authorization).toRoomEvent();
    if (event.isEmpty()) {
      return event;
    }
    RoomEvent e = event.get();
    Room room = rooms.get(e.room());
    if (room != null && e.type() == RoomEvent.Type.JOINED) {
      synchronized (room) {
        if (!room.admitted.contains(e.person())) {
          room.waiting.add(e.person());
          e = RoomEvent.waiting(e.room(), e.person(), e.at());
        }
      }
    }
    events.publish(e);
    return Optional.of(e);
  }

  @Override
  public AutoCloseable subscribe(RoomEventListener listener) {
    return events.subscribe(listener);
  }

  @Override
  public void close() {
    // The OkHttp client belongs to the builder's caller or is shared; nothing else to release.
  }

  private List<JsonObject> list(RoomId roomId) throws VideoException {
    JsonObject answer =
        call(
            "ListParticipants",
            Json.createObjectBuilder().add("room", roomId.value()).build(),
            roomId.value(),
            true);
    List<JsonObject> out = new ArrayList<>();
    JsonArray participants = answer.getJsonArray("participants");
    if (participants != null) {
      for (JsonValue v : participants) {
        if (v instanceof JsonObject o) {
          out.add(o);
        }
      }
    }
    return out;
  }

  private JsonObject find(RoomId roomId, PersonRef person) throws VideoException {
    Objects.requireNonNull(person, "person == null");
    for (JsonObject p : list(roomId)) {
      if (person.identity().equals(string(p, "identity"))) {
        return p;
      }
    }
    throw new VideoNotFoundException(
        NAME, "person " + person + " is not in room " + roomId, 0, null, null);
  }

  private JsonObject call(String method, JsonObject body, @Nullable String room, boolean idempotent)
      throws VideoException {
    Request request =
        new Request.Builder()
            .url(
                baseUrl.newBuilder().addPathSegments("twirp/livekit.RoomService/" + method).build())
            .header("Authorization", "Bearer " + tokens.service(VideoGrant.service(room)))
            .post(RequestBody.create(body.toString(), JSON))
            .build();
    String text = caller.execute(request, idempotent, method);
    try (JsonReader reader = Json.createReader(new StringReader(text.isEmpty() ? "{}" : text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new VideoUnavailableException(
          NAME, method + ": malformed JSON answer", 200, null, null);
    }
  }

  private Room room(RoomId roomId) throws VideoNotFoundException {
    Room room = rooms.get(Objects.requireNonNull(roomId, "roomId == null"));
    if (room == null) {
      throw new VideoNotFoundException(NAME, "no open room " + roomId, 0, null, null);
    }
    return room;
  }

  private static boolean isAudio(@Nullable JsonValue type) {
    return (type instanceof JsonString s && "AUDIO".equals(s.getString()))
        || (type != null
            && type.getValueType() == JsonValue.ValueType.NUMBER
            && type.toString().equals("0"));
  }

  private static @Nullable String string(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static @Nullable String twirpCode(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return string(reader.readObject(), "code");
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  /** Builds a {@link LiveKitVideoProvider}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private @Nullable HttpUrl baseUrl;
    private @Nullable LiveKitCredentials credentials;
    private Clock clock = Clock.systemUTC();
    private @Nullable OkHttpClient client;
    private Duration callTimeout = Duration.ofSeconds(10);
    private RetryPolicy retry = RetryPolicy.defaults();
    private HttpCaller.Sleeper sleeper = HttpCaller.threadSleeper();

    private Builder() {}

    /**
     * Sets the LiveKit server URL, such as {@code https://example.livekit.cloud}.
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
     * Sets the API key and secret.
     *
     * @param credentials never {@code null}
     * @return this
     */
    public Builder credentials(LiveKitCredentials credentials) {
      this.credentials = Objects.requireNonNull(credentials, "credentials == null");
      return this;
    }

    /**
     * Sets the clock for tokens, webhook checks and events.
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
     * Sets the whole-call timeout (default 10 s).
     *
     * @param timeout positive; never {@code null}
     * @return this
     */
    public Builder callTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout == null");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("callTimeout must be positive");
      }
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets how idempotent calls are retried.
     *
     * @param policy never {@code null}
     * @return this
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retry = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    Builder sleeper(HttpCaller.Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper);
      return this;
    }

    /**
     * Builds the provider.
     *
     * @return never {@code null}
     */
    public LiveKitVideoProvider build() {
      OkHttpClient base = client != null ? client : new OkHttpClient();
      return new LiveKitVideoProvider(
          this, base.newBuilder().callTimeout(callTimeout).readTimeout(callTimeout).build());
    }
  }
}
