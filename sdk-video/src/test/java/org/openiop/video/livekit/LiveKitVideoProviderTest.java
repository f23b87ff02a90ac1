package org.openiop.video.livekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.spi.VideoUnavailableException;
import org.openiop.video.testing.MutableClock;
import org.openiop.video.testing.RecordingListener;

class LiveKitVideoProviderTest {
  static final String KEY = "APIopeniopTest";
  static final String SECRET = "a-livekit-api-secret-of-at-least-32-bytes";
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));
  static final PersonRef HOST = PersonRef.of(ClinicianId.of("cli_1"));

  @StartStop final MockWebServer server = new MockWebServer();
  final MutableClock clock = MutableClock.at(Instant.now());
  final List<Duration> sleeps = new ArrayList<>();

  LiveKitVideoProvider livekit() {
    return LiveKitVideoProvider.builder()
        .baseUrl(server.url("/").toString())
        .credentials(LiveKitCredentials.of(KEY, SECRET))
        .clock(clock)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(1), Duration.ofMillis(5), 0.5))
        .sleeper(sleeps::add)
        .build();
  }

  void ok(String json) {
    server.enqueue(
        new MockResponse.Builder()
            .body(json)
            .addHeader("Content-Type", "application/json")
            .build());
  }

  Map<String, Object> grantOf(RecordedRequest r) {
    String auth = r.getHeaders().get("Authorization");
    assertThat(auth).startsWith("Bearer ");
    return JWT.require(Algorithm.HMAC256(SECRET))
        .withIssuer(KEY)
        .build()
        .verify(auth.substring(7))
        .getClaim("video")
        .asMap();
  }

  VideoRoom room(LiveKitVideoProvider livekit) throws Exception {
    ok("{\"sid\":\"RM_1\",\"name\":\"x\"}");
    return livekit.createRoom(
        RoomSpec.builder(SessionId.of("ses_1"), clock.instant().plusSeconds(7200))
            .capacity(8)
            .build());
  }

  @Test
  void createRoomCallsTwirpWithARoomCreateGrant() throws Exception {
    VideoRoom room = room(livekit());
    RecordedRequest r = server.takeRequest();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/twirp/livekit.RoomService/CreateRoom");
    assertThat(r.getBody().utf8())
        .contains("\"name\":\"" + room.id().value() + "\"")
        .contains("\"max_participants\":8");
    assertThat(grantOf(r)).isEqualTo(Map.of("roomCreate", true, "roomList", true));
    assertThat(room.endToEndEncrypted()).isFalse();
  }

  @Test
  void aWaitingParticipantIsAdmittedWithUpdateParticipant() throws Exception {
    LiveKitVideoProvider livekit = livekit();
    RecordingListener events = new RecordingListener();
    livekit.subscribe(events);
    VideoRoom room = room(livekit);
    server.takeRequest();
    JoinTicket ticket =
        livekit.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, Duration.ofHours(2));
    assertThat(JWT.decode(ticket.token()).getClaim("video").asMap())
        .containsEntry("canPublish", false);

    LiveKitWebhooks signer = new LiveKitWebhooks(LiveKitCredentials.of(KEY, SECRET), clock);
    String body =
        "{\"event\":\"participant_joined\",\"room\":{\"name\":\""
            + room.id().value()
            + "\"},\"participant\":{\"identity\":\"participant/par_ana\"},\"createdAt\":\""
            + clock.instant().getEpochSecond()
            + "\"}";
    assertThat(livekit.handleWebhook(body, signer.sign(body)))
        .map(RoomEvent::type)
        .contains(RoomEvent.Type.WAITING);

    ok("{}");
    livekit.admit(room.id(), ANA);
    RecordedRequest update = server.takeRequest();
    assertThat(update.getUrl().encodedPath())
        .isEqualTo("/twirp/livekit.RoomService/UpdateParticipant");
    assertThat(update.getBody().utf8())
        .contains("\"identity\":\"participant/par_ana\"")
        .contains("\"can_publish\":true,\"can_subscribe\":true,\"hidden\":false");
    assertThat(grantOf(update)).isEqualTo(Map.of("room", room.id().value(), "roomAdmin", true));
    assertThat(events.events())
        .extracting(RoomEvent::type)
        .containsExactly(RoomEvent.Type.WAITING, RoomEvent.Type.JOINED);
    assertThat(
            livekit.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, Duration.ofHours(1)).token())
        .satisfies(
            t ->
                assertThat(JWT.decode(t).getClaim("video").asMap())
                    .containsEntry("canPublish", true));
  }

  @Test
  void muteMutesOnlyPublishedAudioTracks() throws Exception {
    LiveKitVideoProvider livekit = livekit();
    VideoRoom room = room(livekit);
    server.takeRequest();
    ok(
        "{\"participants\":[{\"identity\":\"clinician/cli_1\",\"tracks\":[]},{\"identity\":\"participant/par_ana\",\"tracks\":["
            + "{\"sid\":\"TR_audio\",\"type\":\"AUDIO\"},{\"sid\":\"TR_video\",\"type\":\"VIDEO\"}]}]}");
    ok("{}");
    livekit.mute(room.id(), ANA);
    server.takeRequest();
    RecordedRequest mute = server.takeRequest();
    assertThat(mute.getUrl().encodedPath())
        .isEqualTo("/twirp/livekit.RoomService/MutePublishedTrack");
    assertThat(mute.getBody().utf8())
        .contains("\"track_sid\":\"TR_audio\"")
        .contains("\"muted\":true");
    assertThat(server.getRequestCount()).isEqualTo(3);

    ok("{\"participants\":[]}");
    assertThatThrownBy(() -> livekit.mute(room.id(), HOST))
        .isInstanceOf(VideoNotFoundException.class)
        .hasMessage("livekit: person clinician/cli_1 is not in room " + room.id());
  }

  @Test
  void removalIsNotRetriedButListingIsAndTwirpCodesAreKept() throws Exception {
    LiveKitVideoProvider livekit = livekit();
    VideoRoom room = room(livekit);
    server.enqueue(
        new MockResponse.Builder()
            .code(503)
            .body("{\"code\":\"unavailable\",\"msg\":\"x\"}")
            .build());
    assertThatThrownBy(() -> livekit.remove(room.id(), ANA))
        .isInstanceOfSatisfying(
            VideoUnavailableException.class,
            e -> assertThat(e.errorCode()).isEqualTo("unavailable"));
    assertThat(sleeps).isEmpty();

    server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
    ok(
        "{\"participants\":[{\"identity\":\"participant/par_ana\",\"tracks\":[{\"sid\":\"T\",\"type\":\"AUDIO\"}]}]}");
    assertThat(livekit.participants(room.id())).hasSize(1);
    assertThat(sleeps).hasSize(1);

    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .body("{\"code\":\"not_found\",\"msg\":\"room\"}")
            .build());
    livekit.endRoom(room.id());
    assertThatThrownBy(() -> livekit.participants(room.id()))
        .isInstanceOf(VideoNotFoundException.class);
  }

  @Test
  void recordingIsRefusedBecauseEgressIsNotDriven() {
    RoomSpec spec =
        RoomSpec.builder(SessionId.of("ses_1"), clock.instant().plusSeconds(600))
            .recordWithConsent(ConsentId.of("con_1"))
            .build();
    assertThatThrownBy(() -> livekit().createRoom(spec))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
