package org.openiop.video.livekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.livekit.server.AccessToken;
import io.livekit.server.WebhookReceiver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import livekit.LivekitWebhook.WebhookEvent;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openiop.core.ParticipantId;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;
import org.openiop.video.testing.MutableClock;

class LiveKitWebhooksTest {
  static final String KEY = "APIopeniopTest";
  static final String SECRET = "a-livekit-api-secret-of-at-least-32-bytes";
  static final LiveKitCredentials CREDS = LiveKitCredentials.of(KEY, SECRET);

  static String body(String event, String reason) {
    return "{\"event\":\""
        + event
        + "\",\"room\":{\"sid\":\"RM_1\",\"name\":\"openiop-1\"},"
        + "\"participant\":{\"sid\":\"PA_1\",\"identity\":\"participant/par_ana\""
        + (reason == null ? "" : ",\"disconnectReason\":\"" + reason + "\"")
        + "},\"id\":\"EV_1\",\"createdAt\":\"1767632400\"}";
  }

  @Test
  void liveKitsOwnReceiverAcceptsOurSignedWebhooks() {
    String body = body("participant_left", "CONNECTION_TIMEOUT");
    String auth = new LiveKitWebhooks(CREDS, Clock.systemUTC()).sign(body);

    WebhookEvent event = new WebhookReceiver(KEY, SECRET).receive(body, auth);

    assertThat(event.getEvent()).isEqualTo("participant_left");
    assertThat(event.getRoom().getName()).isEqualTo("openiop-1");
    assertThat(event.getParticipant().getIdentity()).isEqualTo("participant/par_ana");
    assertThat(event.getParticipant().getDisconnectReason().name()).isEqualTo("CONNECTION_TIMEOUT");
    assertThat(event.getCreatedAt()).isEqualTo(1767632400L);
  }

  @Test
  void weAcceptWebhooksSignedWithLiveKitsOwnAccessToken() throws Exception {
    String body = body("participant_left", "CONNECTION_TIMEOUT");
    AccessToken token = new AccessToken(KEY, SECRET);
    token.setSha256(
        Base64.getEncoder()
            .encodeToString(
                MessageDigest.getInstance("SHA-256")
                    .digest(body.getBytes(StandardCharsets.UTF_8))));

    LiveKitWebhookEvent event =
        new LiveKitWebhooks(CREDS, Clock.systemUTC()).verify(body, token.toJwt());

    assertThat(event.toRoomEvent())
        .contains(
            RoomEvent.left(
                RoomId.of("openiop-1"),
                PersonRef.of(ParticipantId.of("par_ana")),
                Instant.ofEpochSecond(1767632400),
                LeaveReason.CONNECTION_LOST));
  }

  @Test
  void everyBrokenWebhookIsRefusedWithTheCheckThatFailed() {
    MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T17:00:00Z"));
    LiveKitWebhooks ours = new LiveKitWebhooks(CREDS, clock);
    String body = body("participant_joined", null);
    String auth = ours.sign(body);

    assertThatThrownBy(() -> ours.verify(body + " ", auth))
        .isInstanceOf(WebhookInvalidException.class)
        .hasMessage("webhook body does not match its signed digest");
    assertThatThrownBy(() -> ours.verify(body, null))
        .hasMessage("webhook has no Authorization header");
    assertThatThrownBy(
            () ->
                new LiveKitWebhooks(LiveKitCredentials.of(KEY, SECRET + "x"), clock)
                    .verify(body, auth))
        .hasMessage("webhook signature invalid");
    assertThatThrownBy(
            () ->
                new LiveKitWebhooks(LiveKitCredentials.of("APIother", SECRET), clock)
                    .verify(body, auth))
        .hasMessage("webhook issuer is not the API key");
    clock.advance(Duration.ofMinutes(7));
    assertThatThrownBy(() -> ours.verify(body, auth)).hasMessage("webhook token expired");
  }

  @Property(tries = 50)
  void changingAnyCharacterOfTheBodyBreaksVerification(
      @ForAll @IntRange(min = 0, max = 150) int index) throws Exception {
    LiveKitWebhooks ours = new LiveKitWebhooks(CREDS, Clock.systemUTC());
    String body = body("participant_joined", null);
    String auth = ours.sign(body);
    assertThat(ours.verify(body, "Bearer " + auth).event()).isEqualTo("participant_joined");
    int i = index % body.length();
    String tampered = body.substring(0, i) + (char) (body.charAt(i) ^ 1) + body.substring(i + 1);
    assertThatThrownBy(() -> ours.verify(tampered, auth))
        .isInstanceOf(WebhookInvalidException.class);
  }
}
