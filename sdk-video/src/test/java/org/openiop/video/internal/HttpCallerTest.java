package org.openiop.video.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoRateLimitedException;
import org.openiop.video.spi.VideoUnavailableException;

class HttpCallerTest {
  @StartStop final MockWebServer server = new MockWebServer();

  final List<Duration> sleeps = new ArrayList<>();
  final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(2), 0.5);

  HttpCaller caller(Duration callTimeout) {
    OkHttpClient client = new OkHttpClient.Builder().callTimeout(callTimeout).build();
    return new HttpCaller(
        "test",
        client,
        policy,
        sleeps::add,
        new SplittableRandom(7),
        body -> body.isEmpty() ? null : "E:" + body);
  }

  Request get() {
    return new Request.Builder().url(server.url("/x?token=secret-in-query")).get().build();
  }

  MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("").build();
  }

  @Test
  void idempotentCallsRetryServerErrorsWithJitteredExponentialBackoff() throws Exception {
    server.enqueue(status(503));
    server.enqueue(status(500));
    server.enqueue(new MockResponse.Builder().body("ok").build());

    assertThat(caller(Duration.ofSeconds(5)).execute(get(), true, "list")).isEqualTo("ok");

    assertThat(server.getRequestCount()).isEqualTo(3);
    assertThat(sleeps).hasSize(2);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
  }

  @Test
  void nonIdempotentCallsAreNeverRetried() {
    server.enqueue(status(503));
    server.enqueue(new MockResponse.Builder().body("ok").build());

    assertThatThrownBy(() -> caller(Duration.ofSeconds(5)).execute(get(), false, "create"))
        .isInstanceOf(VideoUnavailableException.class)
        .hasMessage("test: create failed with HTTP 503");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void rateLimitsHonourRetryAfterUpToTheMaximumBackoffThenFail() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder().code(429).addHeader("Retry-After", "60").body("slow").build());
    }
    assertThatThrownBy(() -> caller(Duration.ofSeconds(5)).execute(get(), true, "list"))
        .isInstanceOfSatisfying(
            VideoRateLimitedException.class,
            e -> {
              assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(60));
              assertThat(e.statusCode()).isEqualTo(429);
              assertThat(e.errorCode()).isEqualTo("E:slow");
            });
    assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
  }

  @Test
  void aSlowBodyTimesOutAsUnavailable() {
    server.enqueue(
        new MockResponse.Builder()
            .body("x".repeat(10))
            .throttleBody(1, 1, TimeUnit.SECONDS)
            .build());
    assertThatThrownBy(() -> caller(Duration.ofMillis(300)).execute(get(), false, "list"))
        .isInstanceOf(VideoUnavailableException.class)
        .hasMessage("test: list timed out");
  }

  @Test
  void aDroppedConnectionIsUnavailableAndRetried() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    server.enqueue(new MockResponse.Builder().body("ok").build());
    assertThat(caller(Duration.ofSeconds(5)).execute(get(), true, "list")).isEqualTo("ok");
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void clientErrorsMapToTheirCategoryWithoutRetryAndWithoutTheToken() {
    server.enqueue(status(401));
    server.enqueue(status(404));
    server.enqueue(status(400));
    HttpCaller caller = caller(Duration.ofSeconds(5));
    assertThatThrownBy(() -> caller.execute(get(), true, "a"))
        .isInstanceOf(VideoAuthException.class)
        .hasMessage("test: a failed with HTTP 401")
        .hasMessageNotContaining("secret");
    assertThatThrownBy(() -> caller.execute(get(), true, "b"))
        .isInstanceOf(VideoNotFoundException.class);
    assertThatThrownBy(() -> caller.execute(get(), true, "c"))
        .isInstanceOf(VideoInvalidRequestException.class);
    assertThat(sleeps).isEmpty();
  }
}
