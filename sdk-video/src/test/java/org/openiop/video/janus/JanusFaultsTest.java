package org.openiop.video.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.openiop.core.SessionId;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.spi.VideoUnavailableException;
import org.openiop.video.testing.MutableClock;

/** Janus faults a real server does not show on demand, scripted with MockWebServer. */
class JanusFaultsTest {
  @StartStop final MockWebServer server = new MockWebServer();
  final List<Duration> sleeps = new ArrayList<>();
  final MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T17:00:00Z"));

  JanusVideoProvider janus() {
    return JanusVideoProvider.builder()
        .baseUrl(server.url("/janus").toString())
        .roomAdminKey("room-admin-key-value")
        .tokenSecret("token-secret-value")
        .clock(clock)
        .keepAlive(Duration.ZERO)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), 0.5))
        .sleeper(sleeps::add)
        .build();
  }

  void json(String body) {
    server.enqueue(
        new MockResponse.Builder()
            .body(body)
            .addHeader("Content-Type", "application/json")
            .build());
  }

  void sessionAndHandle(long session) {
    json("{\"janus\":\"success\",\"data\":{\"id\":" + session + "}}");
    json("{\"janus\":\"success\",\"data\":{\"id\":" + (session + 1) + "}}");
  }

  static String plugin(String data) {
    return "{\"janus\":\"success\",\"plugindata\":{\"plugin\":\"janus.plugin.videoroom\",\"data\":"
        + data
        + "}}";
  }

  RoomSpec spec() {
    return RoomSpec.builder(SessionId.of("ses_1"), clock.instant().plusSeconds(3600)).build();
  }

  @Test
  void aPluginErrorInsideASuccessAnswerIsAFailure() throws Exception {
    sessionAndHandle(10);
    json(
        plugin(
            "{\"videoroom\":\"event\",\"error_code\":429,\"error\":\"Missing element (admin_key)\"}"));
    try (JanusVideoProvider janus = janus()) {
      assertThatThrownBy(() -> janus.createRoom(spec()))
          .isInstanceOfSatisfying(
              VideoInvalidRequestException.class, e -> assertThat(e.errorCode()).isEqualTo("429"))
          .hasMessage("janus: create room failed: VideoRoom error 429");
    }
  }

  @Test
  void roomCreationIsNotRetriedAfterAServerError() throws Exception {
    sessionAndHandle(10);
    server.enqueue(new MockResponse.Builder().code(502).build());
    try (JanusVideoProvider janus = janus()) {
      assertThatThrownBy(() -> janus.createRoom(spec()))
          .isInstanceOf(VideoUnavailableException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void aLostSessionIsReplacedAndTheRequestRepeatedAndSecretsStayOutOfUrls() throws Exception {
    sessionAndHandle(10);
    json(plugin("{\"videoroom\":\"created\",\"room\":5}"));
    json("{\"janus\":\"error\",\"error\":{\"code\":458,\"reason\":\"No such session 10\"}}");
    sessionAndHandle(20);
    server.enqueue(new MockResponse.Builder().code(503).build());
    json(plugin("{\"videoroom\":\"participants\",\"room\":5,\"participants\":[]}"));
    try (JanusVideoProvider janus = janus()) {
      VideoRoom room = janus.createRoom(spec());
      assertThat(janus.participants(room.id())).isEmpty();
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      RecordedRequest r = server.takeRequest();
      paths.add(r.getUrl().encodedPath());
      assertThat(r.getUrl().toString()).doesNotContain("secret").doesNotContain("token");
    }
    assertThat(paths)
        .containsExactly(
            "/janus",
            "/janus/10",
            "/janus/10/11",
            "/janus/10/11",
            "/janus",
            "/janus/20",
            "/janus/20/21",
            "/janus/20/21");
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void anUnauthorisedCoreAnswerIsAnAuthFailure() {
    json(
        "{\"janus\":\"error\",\"error\":{\"code\":403,\"reason\":\"Unauthorized request (wrong or missing secret/token)\"}}");
    try (JanusVideoProvider janus = janus()) {
      assertThatThrownBy(() -> janus.createRoom(spec()))
          .isInstanceOf(VideoAuthException.class)
          .hasMessage("janus: create session refused: Janus error 403");
    }
  }
}
