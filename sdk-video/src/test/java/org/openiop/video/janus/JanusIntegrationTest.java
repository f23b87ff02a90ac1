package org.openiop.video.janus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.video.attendance.AttendanceCalculator;
import org.openiop.video.attendance.AttendancePolicy;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.attendance.SessionWindow;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.testing.MutableClock;
import org.openiop.video.testing.RecordingListener;

/** Against the real Janus that {@code .ci/services.d/janus.sh} starts; runs (never skips) in CI. */
class JanusIntegrationTest {
  static final PersonRef HOST = PersonRef.of(ClinicianId.of("cli_host"));
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));
  static final Duration TWO_HOURS = Duration.ofHours(2);

  JanusServer server;
  MutableClock clock;
  JanusVideoProvider janus;
  RecordingListener events;
  OkHttpClient http;

  @BeforeEach
  void connect() {
    server = JanusServer.require();
    clock = MutableClock.at(Instant.now());
    janus = provider(server.roomAdminKey);
    events = new RecordingListener();
    janus.subscribe(events);
    http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(40)).build();
  }

  JanusVideoProvider provider(String adminKey) {
    return JanusVideoProvider.builder()
        .baseUrl(server.url)
        .roomAdminKey(adminKey)
        .tokenSecret(server.tokenSecret)
        .clock(clock)
        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(1), 0.5))
        .build();
  }

  @AfterEach
  void close() {
    if (janus != null) {
      janus.close();
    }
  }

  VideoRoom room() throws Exception {
    return janus.createRoom(
        RoomSpec.builder(SessionId.of("ses_janus"), clock.instant().plus(Duration.ofHours(3)))
            .capacity(6)
            .endToEndEncryption(false)
            .build());
  }

  @Test
  void aRoomLivesThroughWaitingRoomModerationAndRemoval() throws Exception {
    VideoRoom room = room();
    assertThat(janus.exists(room.id())).isTrue();
    JanusTestClient host =
        new JanusTestClient(http, janus.issueTicket(room.id(), HOST, VideoRole.HOST, TWO_HOURS));
    JoinTicket anaTicket = janus.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS);
    assertThat(anaTicket.toString()).doesNotContain(anaTicket.token());

    assertThat(host.join()).isEqualTo("joined");
    JanusTestClient ana = new JanusTestClient(http, anaTicket);
    assertThat(ana.join()).as("not admitted yet: not on the allowed list").isEqualTo("433");
    janus.reportWaiting(room.id(), ANA);
    assertThat(janus.participants(room.id()))
        .contains(new RoomParticipant(ANA, VideoRole.PARTICIPANT, false, false));

    janus.admit(room.id(), ANA);
    ana = new JanusTestClient(http, anaTicket);
    assertThat(ana.join()).isEqualTo("joined");
    assertThat(janus.pollEvents(room.id()))
        .extracting(RoomEvent::person, RoomEvent::type)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(HOST, RoomEvent.Type.JOINED),
            org.assertj.core.groups.Tuple.tuple(ANA, RoomEvent.Type.JOINED));
    assertThat(janus.participants(room.id()))
        .extracting(RoomParticipant::person, RoomParticipant::admitted)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(HOST, true),
            org.assertj.core.groups.Tuple.tuple(ANA, true));

    janus.mute(room.id(), ANA); // publishes no audio: already muted, Janus answers 428
    PersonRef stranger = PersonRef.of(ParticipantId.of("par_none"));
    assertThatThrownBy(() -> janus.mute(room.id(), stranger))
        .isInstanceOf(VideoNotFoundException.class)
        .hasMessage("janus: person participant/par_none is not in room " + room.id());

    janus.remove(room.id(), ANA);
    assertThat(events.events())
        .contains(RoomEvent.left(room.id(), ANA, clock.instant(), LeaveReason.REMOVED));
    assertThat(new JanusTestClient(http, anaTicket).join()).isEqualTo("433");

    janus.endRoom(room.id());
    assertThat(janus.exists(room.id())).isFalse();
    assertThat(events.events())
        .contains(RoomEvent.left(room.id(), HOST, clock.instant(), LeaveReason.ROOM_ENDED));
    assertThatThrownBy(() -> janus.participants(room.id()))
        .isInstanceOf(VideoNotFoundException.class);
  }

  @Test
  void aWrongRoomAdminKeyIsAnAuthFailure() {
    try (JanusVideoProvider wrong = provider("not-the-admin-key")) {
      assertThatThrownBy(
              () ->
                  wrong.createRoom(
                      RoomSpec.builder(SessionId.of("ses_x"), clock.instant().plusSeconds(600))
                          .build()))
          .isInstanceOf(VideoAuthException.class)
          .hasMessage("janus: create room failed: VideoRoom error 433");
    }
  }

  @Test
  void anExpiredSignedTicketIsRefusedByJanusItself() throws Exception {
    VideoRoom room = room();
    clock.advance(Duration.ofMinutes(-10));
    JoinTicket old = janus.issueTicket(room.id(), HOST, VideoRole.HOST, Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(10));
    assertThat(old.expiresAt()).isBefore(Instant.now());
    assertThat(new JanusTestClient(http, old).join()).isEqualTo("janus-403");
    JoinTicket fresh = janus.issueTicket(room.id(), HOST, VideoRole.HOST, Duration.ofMinutes(1));
    assertThat(new JanusTestClient(http, fresh).join()).isEqualTo("joined");
    janus.endRoom(room.id());
  }

  @Test
  void aJanusRestartMidSessionIsOneStayWithTechnicalTrouble() throws Exception {
    Instant start = clock.instant();
    VideoRoom room = room();
    JoinTicket hostTicket = janus.issueTicket(room.id(), HOST, VideoRole.HOST, TWO_HOURS);
    JoinTicket anaTicket = janus.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS);
    janus.admit(room.id(), ANA);
    assertThat(new JanusTestClient(http, hostTicket).join()).isEqualTo("joined");
    assertThat(new JanusTestClient(http, anaTicket).join()).isEqualTo("joined");
    janus.pollEvents(room.id());

    clock.advance(Duration.ofMinutes(20));
    server.restart();
    clock.advance(Duration.ofSeconds(30));

    // The provider's session is gone and Janus forgot the room: both are re-created.
    assertThat(janus.participants(room.id())).isEmpty();
    assertThat(janus.exists(room.id())).isTrue();
    assertThat(janus.pollEvents(room.id()))
        .extracting(RoomEvent::type, RoomEvent::reason)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(RoomEvent.Type.LEFT, LeaveReason.CONNECTION_LOST))
        .hasSize(2);

    clock.advance(Duration.ofSeconds(40));
    assertThat(new JanusTestClient(http, hostTicket).join()).isEqualTo("joined");
    assertThat(new JanusTestClient(http, anaTicket).join())
        .as("admission survives")
        .isEqualTo("joined");
    assertThat(janus.pollEvents(room.id()))
        .extracting(RoomEvent::type)
        .containsOnly(RoomEvent.Type.JOINED)
        .hasSize(2);

    clock.advance(Duration.ofMinutes(60));
    janus.endRoom(room.id());

    SessionWindow window = new SessionWindow(start, clock.instant());
    Map<PersonRef, AttendanceRecord> attendance =
        AttendanceCalculator.of(AttendancePolicy.defaults())
            .compute(window, List.of(HOST, ANA), events.events());
    for (AttendanceRecord r : attendance.values()) {
      assertThat(r.status()).isEqualTo(AttendanceRecord.Status.PRESENT);
      assertThat(r.stays()).hasSize(1);
      assertThat(r.reconnects()).isEqualTo(1);
      assertThat(r.technicalTrouble()).isTrue();
      // Polling stamps a leave when it notices it (30 s after the restart), the return 40 s later.
      assertThat(r.troubleTime()).isEqualTo(Duration.ofSeconds(40));
    }
    assertThat(
            org.openiop.video.attendance.CoreAttendance.of(
                SessionId.of("ses_janus"), window, attendance))
        .extracting(org.openiop.core.program.Attendance::status)
        .containsExactly(org.openiop.core.program.AttendanceStatus.PRESENT);
  }
}
