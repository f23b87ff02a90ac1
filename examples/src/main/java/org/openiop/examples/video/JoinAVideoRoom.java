package org.openiop.examples.video;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.video.attendance.AttendanceCalculator;
import org.openiop.video.attendance.AttendancePolicy;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.attendance.SessionWindow;
import org.openiop.video.loopback.LoopbackClient;
import org.openiop.video.loopback.LoopbackVideoProvider;
import org.openiop.video.spi.Capabilities;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.testing.MutableClock;
import org.openiop.video.testing.RecordingListener;

/**
 * Creates a video room for a group session on the in-memory {@code loopback} provider, lets the
 * clinician in directly and the participants through the waiting room, plays one late arrival, one
 * dropped connection with a quick reconnect and one no-show, ends the room, and turns the room
 * events into attendance.
 *
 * <p>The same calls work on any {@link org.openiop.video.spi.VideoProvider} (Janus, LiveKit); only
 * {@code connect} is loopback's stand-in for a browser or app joining with the ticket's token. Run
 * it with {@code java -cp examples/target/iop-demo.jar org.openiop.examples.video.JoinAVideoRoom}.
 */
public final class JoinAVideoRoom {
  static final Duration SESSION = Duration.ofMinutes(90);

  private JoinAVideoRoom() {}

  /**
   * Runs the example and prints what happened.
   *
   * @param args ignored
   * @throws VideoException if the provider fails (the loopback provider does not)
   */
  public static void main(String[] args) throws VideoException {
    run(System.out);
  }

  /**
   * Plays the session and prints each step and the attendance to {@code out}.
   *
   * @param out where to print; never {@code null}
   * @return the attendance per person, clinician first
   * @throws VideoException if the provider fails
   */
  public static Map<PersonRef, AttendanceRecord> run(PrintStream out) throws VideoException {
    Instant start = Instant.parse("2026-03-03T02:00:00Z"); // 18:00 in Los Angeles
    MutableClock clock = MutableClock.at(start.minus(Duration.ofMinutes(5)));
    IdGenerator ids = IdGenerator.seeded(23);
    SessionId session = SessionId.generate(ids);
    PersonRef clinician = PersonRef.of(ClinicianId.generate(ids));
    PersonRef onTime = PersonRef.of(ParticipantId.generate(ids));
    PersonRef late = PersonRef.of(ParticipantId.generate(ids));
    PersonRef noShow = PersonRef.of(ParticipantId.generate(ids));

    try (LoopbackVideoProvider video = LoopbackVideoProvider.builder().clock(clock).build()) {
      Capabilities caps = video.capabilities();
      out.println(
          "provider "
              + video.name()
              + ": waiting room "
              + caps.of(Capabilities.Feature.WAITING_ROOM)
              + ", join/leave events "
              + caps.of(Capabilities.Feature.JOIN_LEAVE_EVENTS));
      RecordingListener events = new RecordingListener();
      video.subscribe(events);

      // 1. One room per session, waiting room on, no recording (none was consented).
      VideoRoom room =
          video.createRoom(
              RoomSpec.builder(session, start.plus(SESSION).plus(Duration.ofMinutes(30)))
                  .capacity(8)
                  .waitingRoom(true)
                  .build());
      out.println("room " + room.id() + " for session " + session);

      // 2. Tickets per person and role; the host enters directly, participants wait.
      Duration lifetime = Duration.ofHours(2);
      LoopbackClient host =
          video.connect(video.issueTicket(room.id(), clinician, VideoRole.HOST, lifetime).token());
      String onTimeToken =
          video.issueTicket(room.id(), onTime, VideoRole.PARTICIPANT, lifetime).token();
      LoopbackClient first = video.connect(onTimeToken);
      out.println(onTime + " is " + first.state());
      clock.advance(Duration.ofMinutes(4));
      video.admit(room.id(), onTime);
      out.println(onTime + " admitted, now " + first.state());

      // 3. A late arrival, twelve minutes after the start.
      clock.set(start.plus(Duration.ofMinutes(12)));
      LoopbackClient second =
          video.connect(
              video.issueTicket(room.id(), late, VideoRole.PARTICIPANT, lifetime).token());
      video.admit(room.id(), late);
      out.println(late + " joined late, " + second.state());

      // 4. A dropped connection, back within the 2-minute grace window: one stay, not two.
      clock.set(start.plus(Duration.ofMinutes(40)));
      first.dropConnection();
      clock.advance(Duration.ofSeconds(70));
      video.connect(onTimeToken);
      out.println(onTime + " reconnected");

      // 5. The clinician ends the room at the scheduled end; everyone still in leaves with it.
      clock.set(start.plus(SESSION));
      video.endRoom(room.id());
      out.println("room ended; clinician " + host.state());

      // 6. Attendance from the events, for everyone expected (the no-show has no events).
      Map<PersonRef, AttendanceRecord> attendance =
          AttendanceCalculator.of(AttendancePolicy.defaults())
              .compute(
                  SessionWindow.of(start, SESSION),
                  List.of(clinician, onTime, late, noShow),
                  events.events());
      attendance.forEach(
          (person, r) ->
              out.println(
                  "  "
                      + person
                      + ": "
                      + r.status()
                      + ", "
                      + r.minutesPresent()
                      + " min present, "
                      + r.reconnects()
                      + " reconnect(s)"));
      return attendance;
    }
  }
}
