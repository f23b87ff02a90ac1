package org.openiop.video.loopback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.video.spi.Capabilities.Feature;
import org.openiop.video.spi.Capabilities.Support;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoProviders;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.testing.LoopbackVideoExtension;
import org.openiop.video.testing.MutableClock;
import org.openiop.video.testing.RecordingListener;

@ExtendWith(LoopbackVideoExtension.class)
class LoopbackVideoProviderTest {
  static final PersonRef HOST = PersonRef.of(ClinicianId.of("cli_1"));
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));
  static final PersonRef BEN = PersonRef.of(ParticipantId.of("par_ben"));
  static final Duration TWO_HOURS = Duration.ofHours(2);

  static VideoRoom room(LoopbackVideoProvider video, MutableClock clock) {
    return video.createRoom(
        RoomSpec.builder(SessionId.of("ses_1"), clock.instant().plus(Duration.ofHours(3)))
            .capacity(3)
            .build());
  }

  @Test
  void participantsWaitUntilTheHostAdmitsThem(LoopbackVideoProvider video, MutableClock clock)
      throws Exception {
    RecordingListener events = new RecordingListener();
    video.subscribe(events);
    VideoRoom room = room(video, clock);
    LoopbackClient host =
        video.connect(video.issueTicket(room.id(), HOST, VideoRole.HOST, TWO_HOURS).token());
    LoopbackClient ana =
        video.connect(video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS).token());

    assertThat(host.state()).isEqualTo(LoopbackClient.State.IN_ROOM);
    assertThat(ana.state()).isEqualTo(LoopbackClient.State.WAITING);
    assertThat(video.participants(room.id()))
        .contains(new RoomParticipant(ANA, VideoRole.PARTICIPANT, false, false));

    clock.advance(Duration.ofMinutes(1));
    video.admit(room.id(), ANA);
    video.admit(room.id(), ANA);

    assertThat(ana.state()).isEqualTo(LoopbackClient.State.IN_ROOM);
    assertThat(events.events())
        .extracting(RoomEvent::person, RoomEvent::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(HOST, RoomEvent.Type.JOINED),
            org.assertj.core.groups.Tuple.tuple(ANA, RoomEvent.Type.WAITING),
            org.assertj.core.groups.Tuple.tuple(ANA, RoomEvent.Type.JOINED));
    video.endRoom(room.id());
  }

  @Test
  void endingTheRoomSendsEveryoneAwayAndRefusesNewJoins(
      LoopbackVideoProvider video, MutableClock clock) throws Exception {
    RecordingListener events = new RecordingListener();
    video.subscribe(events);
    VideoRoom room = room(video, clock);
    JoinTicket ticket = video.issueTicket(room.id(), HOST, VideoRole.HOST, TWO_HOURS);
    LoopbackClient host = video.connect(ticket.token());

    video.endRoom(room.id());
    video.endRoom(room.id());

    assertThat(host.state()).isEqualTo(LoopbackClient.State.GONE);
    assertThat(events.events().get(1))
        .isEqualTo(RoomEvent.left(room.id(), HOST, clock.instant(), LeaveReason.ROOM_ENDED));
    assertThatThrownBy(() -> video.connect(ticket.token()))
        .isInstanceOf(VideoNotFoundException.class)
        .hasMessage("loopback: no open room " + room.id());
  }

  @Test
  void removedPeopleCannotComeBackWithTheSameTicket(LoopbackVideoProvider video, MutableClock clock)
      throws Exception {
    VideoRoom room = room(video, clock);
    JoinTicket ticket = video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS);
    video.admit(room.id(), ANA);
    LoopbackClient ana = video.connect(ticket.token());
    assertThat(ana.state()).isEqualTo(LoopbackClient.State.IN_ROOM);

    video.remove(room.id(), ANA);

    assertThat(ana.state()).isEqualTo(LoopbackClient.State.GONE);
    assertThatThrownBy(() -> video.connect(ticket.token()))
        .isInstanceOf(VideoAuthException.class)
        .hasMessage("loopback: person participant/par_ana was removed from room " + room.id());
    assertThatThrownBy(() -> video.remove(room.id(), ANA))
        .isInstanceOf(VideoNotFoundException.class);
    video.endRoom(room.id());
  }

  @Test
  void muteSticksUntilThePersonUnmutes(LoopbackVideoProvider video, MutableClock clock)
      throws Exception {
    VideoRoom room = room(video, clock);
    video.admit(room.id(), ANA);
    LoopbackClient ana =
        video.connect(video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS).token());
    video.mute(room.id(), ANA);
    assertThat(ana.muted()).isTrue();
    ana.unmute();
    assertThat(ana.muted()).isFalse();
    assertThatThrownBy(() -> video.mute(room.id(), BEN)).isInstanceOf(VideoNotFoundException.class);
    video.endRoom(room.id());
  }

  @Test
  void aFullRoomRefusesOneMore(LoopbackVideoProvider video, MutableClock clock) throws Exception {
    VideoRoom room = room(video, clock);
    video.connect(video.issueTicket(room.id(), HOST, VideoRole.HOST, TWO_HOURS).token());
    for (PersonRef p : new PersonRef[] {ANA, BEN}) {
      video.admit(room.id(), p);
    }
    video.connect(video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS).token());
    video.connect(video.issueTicket(room.id(), BEN, VideoRole.PARTICIPANT, TWO_HOURS).token());
    PersonRef cara = PersonRef.of(ParticipantId.of("par_cara"));
    video.admit(room.id(), cara);
    String token = video.issueTicket(room.id(), cara, VideoRole.PARTICIPANT, TWO_HOURS).token();
    assertThatThrownBy(() -> video.connect(token))
        .isInstanceOf(VideoInvalidRequestException.class)
        .hasMessage("loopback: room " + room.id() + " is full");
    video.endRoom(room.id());
  }

  @Test
  void ticketsStopWorkingWhenTheyExpireAndNeverOutliveTheRoom(
      LoopbackVideoProvider video, MutableClock clock) throws Exception {
    VideoRoom room = room(video, clock);
    JoinTicket longOne =
        video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, Duration.ofHours(4));
    assertThat(longOne.expiresAt()).isEqualTo(room.spec().expiresAt());
    JoinTicket shortOne =
        video.issueTicket(room.id(), BEN, VideoRole.PARTICIPANT, Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(2));
    assertThatThrownBy(() -> video.connect(shortOne.token()))
        .isInstanceOf(VideoAuthException.class)
        .hasMessage("loopback: ticket refused: ticket expired");
    assertThatThrownBy(
            () -> video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, Duration.ofHours(5)))
        .isInstanceOf(InvalidInputException.class);
    video.endRoom(room.id());
  }

  @Test
  void aTicketFromAnotherLoopbackIsRefused(LoopbackVideoProvider video, MutableClock clock)
      throws Exception {
    VideoRoom room = room(video, clock);
    LoopbackVideoProvider other = LoopbackVideoProvider.builder().clock(clock).build();
    VideoRoom otherRoom = room(other, clock);
    String forged = other.issueTicket(otherRoom.id(), HOST, VideoRole.HOST, TWO_HOURS).token();
    assertThat(otherRoom.id()).isEqualTo(room.id());
    assertThatThrownBy(() -> video.connect(forged))
        .isInstanceOf(VideoAuthException.class)
        .hasMessage("loopback: ticket refused: ticket signature invalid");
    other.endRoom(otherRoom.id());
    video.endRoom(room.id());
  }

  @Test
  void ticketsNeverShowTheirTokenInText(LoopbackVideoProvider video, MutableClock clock)
      throws Exception {
    VideoRoom room = room(video, clock);
    JoinTicket ticket = video.issueTicket(room.id(), ANA, VideoRole.PARTICIPANT, TWO_HOURS);
    assertThat(ticket.toString()).doesNotContain(ticket.token()).contains("<redacted>");
    assertThat(ticket.tokenEquals(ticket.token())).isTrue();
    video.endRoom(room.id());
  }

  @Test
  void recordingNeedsAConsent(LoopbackVideoProvider video, MutableClock clock) throws Exception {
    assertThatThrownBy(
            () ->
                new RoomSpec(
                    SessionId.of("ses_1"),
                    4,
                    true,
                    true,
                    null,
                    true,
                    clock.instant().plusSeconds(60)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: recording: requires a recording consent");
    VideoRoom room =
        video.createRoom(
            RoomSpec.builder(SessionId.of("ses_1"), clock.instant().plusSeconds(3600))
                .recordWithConsent(ConsentId.of("con_1"))
                .build());
    VideoRoom plain = room(video, clock);
    assertThat(video.recording(room.id())).isTrue();
    assertThat(video.recording(plain.id())).isFalse();
    video.endRoom(room.id());
    video.endRoom(plain.id());
  }

  @Test
  void theLoopbackIsFoundByServiceLoaderAndDoesEverythingNatively() {
    VideoProviders providers = VideoProviders.builder().loadServices().build();
    assertThat(providers.names()).contains("loopback");
    try (VideoProvider video = providers.create("loopback", Map.of(), Clock.systemUTC())) {
      for (Feature f : Feature.values()) {
        assertThat(video.capabilities().of(f)).isEqualTo(Support.NATIVE);
      }
    }
    assertThatThrownBy(() -> providers.create("nope", Map.of(), Clock.systemUTC()))
        .hasMessage("no video provider named nope");
  }
}
