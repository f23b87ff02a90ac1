package org.openiop.benchmarks.video;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ParticipantId;
import org.openiop.video.attendance.AttendanceCalculator;
import org.openiop.video.attendance.AttendancePolicy;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.attendance.SessionWindow;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Attendance from join/leave events: {@link AttendanceCalculator} over 100,000 and 1,000,000 events
 * (10,000 people, reconnects and long gaps mixed), against a baseline that only groups the same
 * events by person and sums join-to-leave spans in the same run. Events/s = events / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx2g"})
public class AttendanceBenchmark {
  static final Instant START = Instant.parse("2026-01-05T17:00:00Z");
  static final SessionWindow WINDOW = SessionWindow.of(START, Duration.ofHours(3));
  static final RoomId ROOM = RoomId.of("r1");

  /** Number of events. */
  @Param({"100000", "1000000"})
  public int events;

  List<RoomEvent> history;
  List<PersonRef> people;
  final AttendanceCalculator calculator = AttendanceCalculator.of(AttendancePolicy.defaults());

  /** Builds the events: per person, alternating joins and leaves at increasing times. */
  @Setup(Level.Trial)
  public void setUp() {
    history = events(events, 10_000, 42);
    people = new ArrayList<>();
    for (int p = 0; p < 10_000; p++) {
      people.add(PersonRef.of(ParticipantId.of("par_" + p)));
    }
  }

  static List<RoomEvent> events(int count, int persons, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PersonRef[] refs = new PersonRef[persons];
    Instant[] clock = new Instant[persons];
    boolean[] in = new boolean[persons];
    for (int p = 0; p < persons; p++) {
      refs[p] = PersonRef.of(ParticipantId.of("par_" + p));
      clock[p] = START.minusSeconds(600);
    }
    List<RoomEvent> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int p = i % persons;
      clock[p] = clock[p].plusSeconds(1 + random.nextInt(in[p] ? 60 : 240));
      out.add(
          in[p]
              ? RoomEvent.left(ROOM, refs[p], clock[p], LeaveReason.CONNECTION_LOST)
              : RoomEvent.joined(ROOM, refs[p], clock[p]));
      in[p] = !in[p];
    }
    return out;
  }

  /**
   * Baseline: group by person and sum join-to-leave spans, no merging, clipping or summary.
   *
   * @return total seconds present
   */
  @Benchmark
  public long baselineGroupAndSum() {
    Map<PersonRef, long[]> open = new java.util.HashMap<>();
    long total = 0;
    for (RoomEvent e : history) {
      long[] state = open.computeIfAbsent(e.person(), k -> new long[] {Long.MIN_VALUE});
      if (e.type() == RoomEvent.Type.JOINED) {
        state[0] = e.at().getEpochSecond();
      } else if (state[0] != Long.MIN_VALUE) {
        total += e.at().getEpochSecond() - state[0];
        state[0] = Long.MIN_VALUE;
      }
    }
    return total;
  }

  /**
   * Subject: full attendance for every person.
   *
   * @return the records
   */
  @Benchmark
  public Map<PersonRef, AttendanceRecord> attendance() {
    return calculator.compute(WINDOW, people, history);
  }
}
