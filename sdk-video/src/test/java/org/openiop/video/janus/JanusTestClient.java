package org.openiop.video.janus;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.openiop.video.spi.JoinTicket;

/** A person's app in a test: joins a Janus room as a publisher without media, with a ticket. */
final class JanusTestClient {
  private static final MediaType JSON = MediaType.get("application/json");
  private final OkHttpClient http;
  private final JoinTicket ticket;
  private final HttpUrl base;
  private long session;
  private long handle;

  JanusTestClient(OkHttpClient http, JoinTicket ticket) {
    this.http = http;
    this.ticket = ticket;
    this.base = HttpUrl.get(ticket.connection().get("url"));
  }

  /** Tries to join; returns "joined" or the VideoRoom error code. */
  String join() throws IOException {
    JsonObject created = post(base, Json.createObjectBuilder().add("janus", "create"));
    if ("error".equals(created.getString("janus"))) {
      return "janus-" + created.getJsonObject("error").getInt("code");
    }
    session = created.getJsonObject("data").getJsonNumber("id").longValue();
    HttpUrl sessionUrl = base.newBuilder().addPathSegment(Long.toString(session)).build();
    handle =
        post(
                sessionUrl,
                Json.createObjectBuilder()
                    .add("janus", "attach")
                    .add("plugin", JanusTokens.VIDEOROOM))
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

  /** Hangs up: destroys the session, which detaches the handle and leaves the room. */
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
      return Json.createReader(new StringReader(r.body().string())).readObject();
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
      return Json.createReader(new StringReader(r.body().string())).readObject();
    }
  }
}
