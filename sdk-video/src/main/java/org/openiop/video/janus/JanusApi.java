package org.openiop.video.janus;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import org.openiop.video.internal.HttpCaller;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Janus session with one VideoRoom handle, re-created transparently when Janus forgets it
 * (session timeout, server restart). Thread-safe.
 */
final class JanusApi {
  private static final Logger LOG = LoggerFactory.getLogger(JanusApi.class);
  private static final MediaType JSON = MediaType.get("application/json");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Janus core error codes meaning "I do not know this session or handle". */
  private static final int NO_SUCH_SESSION = 458;

  private static final int NO_SUCH_HANDLE = 459;
  private static final int UNAUTHORIZED = 403;

  private final String provider;
  private final HttpUrl base;
  private final HttpCaller caller;
  private final @Nullable JanusTokens tokens;
  private final Clock clock;
  private long session;
  private long handle;

  JanusApi(
      String provider, HttpUrl base, HttpCaller caller, @Nullable JanusTokens tokens, Clock clock) {
    this.provider = provider;
    this.base = base;
    this.caller = caller;
    this.tokens = tokens;
    this.clock = clock;
  }

  /**
   * Sends a VideoRoom request and returns {@code plugindata.data}, failing on its {@code
   * error_code} (Janus answers {@code "janus":"success"} even when the plugin refused).
   */
  JsonObject videoroom(JsonObject body, boolean idempotent, String operation)
      throws VideoException {
    boolean retried = false;
    while (true) {
      long[] ids = ids();
      try {
        JsonObject answer =
            post(
                base.newBuilder()
                    .addPathSegment(Long.toString(ids[0]))
                    .addPathSegment(Long.toString(ids[1]))
                    .build(),
                Json.createObjectBuilder().add("janus", "message").add("body", body),
                idempotent,
                operation);
        JsonObject data = pluginData(answer, operation);
        if (data.containsKey("error_code")) {
          int code = data.getInt("error_code", 0);
          throw pluginError(code, operation);
        }
        return data;
      } catch (SessionLost e) {
        if (retried) {
          throw new VideoUnavailableException(
              provider, operation + ": Janus session lost twice", 0, null, null);
        }
        retried = true;
        reset(ids);
      }
    }
  }

  /** Keeps the session alive; creates one when there is none. */
  void keepAlive() throws VideoException {
    long[] ids = ids();
    try {
      post(
          base.newBuilder().addPathSegment(Long.toString(ids[0])).build(),
          Json.createObjectBuilder().add("janus", "keepalive"),
          true,
          "keepalive");
    } catch (SessionLost e) {
      reset(ids);
    }
  }

  /** Asks Janus for its server info (no session needed). */
  JsonObject info() throws VideoException {
    String text =
        caller.execute(
            new Request.Builder()
                .url(base.newBuilder().addPathSegment("info").build())
                .get()
                .build(),
            true,
            "info");
    return parse(text, "info");
  }

  private synchronized long[] ids() throws VideoException {
    if (session == 0) {
      JsonObject created;
      try {
        created =
            post(base, Json.createObjectBuilder().add("janus", "create"), true, "create session");
      } catch (SessionLost e) {
        throw new VideoUnavailableException(provider, "create session refused", 0, null, null);
      }
      long sid = created.getJsonObject("data").getJsonNumber("id").longValueExact();
      JsonObject attached;
      try {
        attached =
            post(
                base.newBuilder().addPathSegment(Long.toString(sid)).build(),
                Json.createObjectBuilder()
                    .add("janus", "attach")
                    .add("plugin", JanusTokens.VIDEOROOM),
                true,
                "attach");
      } catch (SessionLost e) {
        throw new VideoUnavailableException(provider, "attach refused", 0, null, null);
      }
      session = sid;
      handle = attached.getJsonObject("data").getJsonNumber("id").longValueExact();
      LOG.debug("janus session {} handle {} ready", session, handle);
    }
    return new long[] {session, handle};
  }

  private synchronized void reset(long[] seen) {
    if (session == seen[0]) {
      LOG.info("janus session {} lost (timeout or server restart); creating a new one", session);
      session = 0;
      handle = 0;
    }
  }

  /** Thrown inside this class when Janus no longer knows the session or handle. */
  private static final class SessionLost extends Exception {
    private static final long serialVersionUID = 1L;

    SessionLost() {
      super(null, null, false, false);
    }
  }

  private JsonObject post(
      HttpUrl url, JsonObjectBuilder message, boolean idempotent, String operation)
      throws VideoException, SessionLost {
    message.add("transaction", HexFormat.of().formatHex(randomBytes()));
    if (tokens != null) {
      message.add("token", tokens.videoRoomToken(clock.instant().plus(Duration.ofHours(1))));
    }
    Request request =
        new Request.Builder()
            .url(url)
            .post(RequestBody.create(message.build().toString(), JSON))
            .build();
    String text;
    try {
      text = caller.execute(request, idempotent, operation);
    } catch (VideoNotFoundException e) {
      // Janus answers 404 for a path with an unknown session.
      throw new SessionLost();
    }
    JsonObject answer = parse(text, operation);
    String janus = answer.getString("janus", "");
    if ("error".equals(janus)) {
      JsonObject error = answer.getJsonObject("error");
      int code = error == null ? 0 : error.getInt("code", 0);
      if (code == NO_SUCH_SESSION || code == NO_SUCH_HANDLE) {
        throw new SessionLost();
      }
      if (code == UNAUTHORIZED) {
        throw new VideoAuthException(
            provider,
            operation + " refused: Janus error " + code,
            200,
            Integer.toString(code),
            null);
      }
      throw new VideoInvalidRequestException(
          provider, operation + " failed: Janus error " + code, 200, Integer.toString(code), null);
    }
    if (!"success".equals(janus) && !"ack".equals(janus)) {
      throw new VideoInvalidRequestException(
          provider, operation + ": unexpected Janus answer " + janus, 200, null, null);
    }
    return answer;
  }

  private JsonObject pluginData(JsonObject answer, String operation) throws VideoException {
    JsonObject plugindata = answer.getJsonObject("plugindata");
    JsonValue data = plugindata == null ? null : plugindata.get("data");
    if (!(data instanceof JsonObject object)) {
      throw new VideoInvalidRequestException(
          provider, operation + ": Janus answered without plugin data", 200, null, null);
    }
    return object;
  }

  private VideoException pluginError(int code, String operation) {
    String message = operation + " failed: VideoRoom error " + code;
    String errorCode = Integer.toString(code);
    return switch (code) {
      case 426, 428 -> new VideoNotFoundException(provider, message, 200, errorCode, null);
      case 433 -> new VideoAuthException(provider, message, 200, errorCode, null);
      default -> new VideoInvalidRequestException(provider, message, 200, errorCode, null);
    };
  }

  private JsonObject parse(String text, String operation) throws VideoException {
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new VideoUnavailableException(
          provider, operation + ": Janus answered with malformed JSON", 200, null, null);
    }
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
