package org.openiop.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Session;
import org.openiop.video.attendance.AttendanceCalculator;
import org.openiop.video.attendance.AttendancePolicy;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.attendance.SessionWindow;
import org.openiop.video.loopback.LoopbackClient;
import org.openiop.video.loopback.LoopbackVideoProvider;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;
import org.openiop.video.testing.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds sessions on the loopback video provider with a scripted cast: on-time joins, late arrivals,
 * dropped connections that reconnect, early leavers and no-shows. Attendance comes from the room's
 * join and leave events through {@link AttendanceCalculator}, not from the script.
 */
final class VideoStage implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VideoStage.class);

  /** What a person does in one session. */
  enum Behaviour {
    ON_TIME,
    LATE,
    RECONNECT,
    LEAVE_EARLY,
    NO_SHOW
  }

  private record Step(Instant at, int order, PersonRef person, String what) {}

  /** A person's connection to a room, as the script drives it. */
  interface Seat {
    void drop() throws Exception;

    void hangUp() throws Exception;
  }

  /** How the script's people reach the provider's rooms. */
  interface Stagehand extends AutoCloseable {
    VideoProvider provider();

    Seat join(JoinTicket ticket) throws Exception;

    /** Called after every scripted step, so providers that poll can stamp events with its time. */
    void afterStep(RoomId room) throws Exception;

    @Override
    void close();
  }

  /** People on the loopback provider: {@link LoopbackClient}s. */
  static Stagehand loopback(MutableClock clock) {
    LoopbackVideoProvider video = LoopbackVideoProvider.builder().clock(clock).build();
    return new Stagehand() {
      @Override
      public VideoProvider provider() {
        return video;
      }

      @Override
      public Seat join(JoinTicket ticket) throws Exception {
        LoopbackClient c = video.connect(ticket.token());
        return new Seat() {
          @Override
          public void drop() {
            c.dropConnection();
          }

          @Override
          public void hangUp() {
            c.hangUp();
          }
        };
      }

      @Override
      public void afterStep(RoomId room) {}

      @Override
      public void close() {
        video.close();
      }
    };
  }

  private final MutableClock clock;
  private final Random script;
  private final Stagehand stage;
  private final VideoProvider video;
  private final List<RoomEvent> events = new ArrayList<>();
  private final AttendanceCalculator calculator =
      AttendanceCalculator.of(AttendancePolicy.defaults());
  private final Map<Behaviour, Integer> counts = new java.util.EnumMap<>(Behaviour.class);
  private int sessionsHeld;

  VideoStage(MutableClock clock, long seed, Stagehand stage) {
    this.clock = clock;
    this.script = new Random(seed * 13 + 1);
    this.stage = stage;
    this.video = stage.provider();
    video.subscribe(
        e -> {
          synchronized (events) {
            events.add(e);
          }
        });
  }

  Map<Behaviour, Integer> counts() {
    return counts;
  }

  /** Holds {@code s} from 15 minutes before its start to its end; returns everyone's attendance. */
  List<DemoResult.Held> hold(Session s) throws Exception {
    Instant start = s.start();
    Instant end = s.end();
    VideoRoom room =
        video.createRoom(
            RoomSpec.builder(s.id(), end.plus(Duration.ofHours(1)))
                .capacity(
                    Math.min(
                        RoomSpec.MAX_CAPACITY,
                        s.participants().size()
                            + s.supportPersons().size()
                            + s.facilitators().size()))
                .build());
    List<Step> steps = new ArrayList<>();
    PersonRef host = PersonRef.of(s.facilitators().get(0));
    steps.add(new Step(start.minus(Duration.ofMinutes(10)), 0, host, "join-host"));
    List<PersonRef> expected = new ArrayList<>();
    List<TypedId> people = new ArrayList<>(s.participants());
    people.addAll(s.supportPersons());
    for (TypedId id : people) {
      PersonRef p =
          id instanceof ParticipantId pid ? PersonRef.of(pid) : PersonRef.of((SupportPersonId) id);
      expected.add(p);
      Behaviour b = behaviour(id instanceof ParticipantId);
      counts.merge(b, 1, Integer::sum);
      long len = s.duration().toMinutes();
      switch (b) {
        case NO_SHOW -> {}
        case LATE -> steps.add(new Step(start.plus(minutes(8 + script.nextInt(15))), 1, p, "join"));
        case RECONNECT -> {
          steps.add(new Step(start.minus(minutes(2)), 1, p, "join"));
          Instant drop = start.plus(minutes(10 + script.nextInt((int) Math.max(1, len - 20))));
          steps.add(new Step(drop, 2, p, "drop"));
          steps.add(new Step(drop.plus(minutes(1)), 3, p, "join"));
        }
        case LEAVE_EARLY -> {
          steps.add(new Step(start.minus(minutes(1)), 1, p, "join"));
          steps.add(new Step(end.minus(minutes(15 + script.nextInt(15))), 2, p, "hang-up"));
        }
        default -> steps.add(new Step(start.minus(minutes(script.nextInt(5))), 1, p, "join"));
      }
    }
    steps.sort(Comparator.comparing(Step::at).thenComparing(Step::order));
    Map<PersonRef, Seat> clients = new HashMap<>();
    for (Step step : steps) {
      clock.set(step.at());
      switch (step.what()) {
        case "join-host" ->
            clients.put(
                step.person(),
                stage.join(
                    video.issueTicket(
                        room.id(), step.person(), VideoRole.HOST, Duration.ofHours(4))));
        case "join" -> {
          video.admit(room.id(), step.person());
          clients.put(
              step.person(),
              stage.join(
                  video.issueTicket(
                      room.id(), step.person(), VideoRole.PARTICIPANT, Duration.ofHours(4))));
        }
        case "drop" -> clients.get(step.person()).drop();
        default -> clients.get(step.person()).hangUp();
      }
      stage.afterStep(room.id());
    }
    clock.set(end);
    video.endRoom(room.id());
    List<RoomEvent> mine;
    synchronized (events) {
      mine = events.stream().filter(e -> e.room().equals(room.id())).toList();
      events.removeIf(e -> e.room().equals(room.id()));
    }
    Map<PersonRef, AttendanceRecord> records =
        calculator.compute(SessionWindow.of(start, s.duration()), expected, mine);
    List<DemoResult.Held> out = new ArrayList<>();
    for (PersonRef p : expected) {
      AttendanceRecord r = records.get(p);
      int minutes = (int) Math.min(r.minutesPresent(), s.duration().toMinutes());
      AttendanceStatus status = status(r);
      Attendance a =
          p.id() instanceof ParticipantId pid
              ? Attendance.ofParticipant(s.id(), pid, status, status.isAbsence() ? 0 : minutes)
              : Attendance.ofSupportPerson(
                  s.id(), (SupportPersonId) p.id(), status, status.isAbsence() ? 0 : minutes);
      out.add(new DemoResult.Held(s, r, a));
    }
    sessionsHeld++;
    LOG.debug("session {} held in room {}", s.id().value(), room.id());
    return out;
  }

  private Behaviour behaviour(boolean participant) {
    // The first sessions show every behaviour at least once; then a seeded mix.
    if (participant && sessionsHeld < 1) {
      int n = counts.values().stream().mapToInt(Integer::intValue).sum();
      if (n < Behaviour.values().length) {
        return Behaviour.values()[(n + 1) % Behaviour.values().length];
      }
    }
    if (!participant) {
      return Behaviour.ON_TIME;
    }
    int roll = script.nextInt(100);
    if (roll < 5) {
      return Behaviour.NO_SHOW;
    }
    if (roll < 13) {
      return Behaviour.LATE;
    }
    if (roll < 21) {
      return Behaviour.RECONNECT;
    }
    if (roll < 25) {
      return Behaviour.LEAVE_EARLY;
    }
    return Behaviour.ON_TIME;
  }

  private static AttendanceStatus status(AttendanceRecord r) {
    return switch (r.status()) {
      case PRESENT -> AttendanceStatus.PRESENT;
      case LATE, LATE_AND_LEFT_EARLY -> AttendanceStatus.LATE;
      case LEFT_EARLY -> AttendanceStatus.LEFT_EARLY;
      case NO_SHOW -> AttendanceStatus.NO_SHOW;
    };
  }

  private static Duration minutes(long m) {
    return Duration.ofMinutes(m);
  }

  @Override
  public void close() {
    stage.close();
  }
}
