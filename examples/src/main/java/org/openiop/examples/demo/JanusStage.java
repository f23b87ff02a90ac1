package org.openiop.examples.demo;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openiop.video.janus.JanusVideoProvider;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.testing.MutableClock;

/**
 * The script's people on a real Janus server: each person is a minimal app that joins the VideoRoom
 * as a publisher without media over Janus's HTTP API, with the ticket the provider issued; hanging
 * up or dropping destroys its Janus session. Join and leave events come from the provider's {@link
 * JanusVideoProvider#pollEvents} after every scripted step, stamped with the simulated clock.
 */
final class JanusStage implements VideoStage.Stagehand {
  private static final MediaType JSON = MediaType.get("application/json");
  private final JanusVideoProvider janus;
  private final OkHttpClient http =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(40))
          .readTimeout(Duration.ofSeconds(40))
          .build();

  JanusStage(MutableClock clock, String url, String adminKey, String tokenSecret) {
    JanusVideoProvider.Builder b =
        JanusVideoProvider.builder().baseUrl(url).roomAdminKey(adminKey).clock(clock);
    if (tokenSecret != null) {
      b.tokenSecret(tokenSecret);
    }
    this.janus = b.build();
  }

  @Override
  public VideoProvider provider() {
    return janus;
  }

  @Override
  public VideoStage.Seat join(JoinTicket ticket) throws Exception {
    App app = new App(ticket);
    String outcome = app.join();
    if (!"joined".equals(outcome)) {
      throw new IOException(
          "Janus refused a scripted join of room " + ticket.room() + ": " + outcome);
    }
    return new VideoStage.Seat() {
      @Override
      public void drop() throws IOException {
        app.hangUp();
      }

      @Override
      public void hangUp() throws IOException {
        app.hangUp();
      }
    };
  }

  @Override
  public void afterStep(RoomId room) throws Exception {
    janus.pollEvents(room);
  }

  @Override
  public void close() {
    janus.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  /** One person's app: a Janus session with a VideoRoom handle. */
  private final class App {
    private final JoinTicket ticket;
    private final HttpUrl base;
    private long session;

    App(JoinTicket ticket) {
      this.ticket = ticket;
      this.base = HttpUrl.get(ticket.connection().get("url"));
    }

    String join() throws IOException {
      JsonObject created = post(base, Json.createObjectBuilder().add("janus", "create"));
      if ("error".equals(created.getString("janus"))) {
        return "janus-" + created.getJsonObject("error").getInt("code");
      }
      session = created.getJsonObject("data").getJsonNumber("id").longValue();
      HttpUrl sessionUrl = base.newBuilder().addPathSegment(Long.toString(session)).build();
      long handle =
          post(
                  sessionUrl,
                  Json.createObjectBuilder()
                      .add("janus", "attach")
                      .add("plugin", ticket.connection().get("plugin")))
              .getJsonObject("data")
              .getJsonNumber("id")
              .longValue();
      JsonObject ack =
          post(
              sessionUrl.newBuilder().addPathSegment(Long.toString(handle)).build(),
              Json.createObjectBuilder()
                  .add("janus", "message")
                  .add(
                      "body",
                      Json.createObjectBuilder()
                          .add("request", "join")
                          .add("ptype", "publisher")
                          .add("room", Long.parseLong(ticket.connection().get("room")))
                          .add("pin", ticket.secret("pin").orElseThrow())
                          .add("display", ticket.connection().get("display"))
                          .add("token", ticket.secret("joinToken").orElseThrow())));
      if (!"ack".equals(ack.getString("janus"))) {
        return "no-ack";
      }
      for (int i = 0; i < 5; i++) {
        JsonObject event = poll(sessionUrl);
        JsonValue data =
            event.containsKey("plugindata") ? event.getJsonObject("plugindata").get("data") : null;
        if (data instanceof JsonObject d) {
          if (d.containsKey("error_code")) {
            return Integer.toString(d.getInt("error_code"));
          }
          if ("joined".equals(d.getString("videoroom", ""))) {
            return "joined";
          }
        }
      }
      return "no-event";
    }

    void hangUp() throws IOException {
      post(
          base.newBuilder().addPathSegment(Long.toString(session)).build(),
          Json.createObjectBuilder().add("janus", "destroy"));
    }

    private JsonObject poll(HttpUrl sessionUrl) throws IOException {
      HttpUrl url =
          sessionUrl
              .newBuilder()
              .addQueryParameter("maxev", "1")
              .addQueryParameter("token", ticket.token())
              .build();
      try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
        return read(r);
      }
    }

    private JsonObject post(HttpUrl url, JsonObjectBuilder body) throws IOException {
      body.add("transaction", UUID.randomUUID().toString()).add("token", ticket.token());
      Request request =
          new Request.Builder()
              .url(url)
              .post(RequestBody.create(body.build().toString(), JSON))
              .build();
      try (Response r = http.newCall(request).execute()) {
        return read(r);
      }
    }

    private JsonObject read(Response r) throws IOException {
      try (var reader = Json.createReader(new StringReader(r.body().string()))) {
        return reader.readObject();
      }
    }
  }
}
