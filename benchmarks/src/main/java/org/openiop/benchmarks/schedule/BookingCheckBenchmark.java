package org.openiop.benchmarks.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.schedule.CapacityRule;
import org.openiop.core.schedule.ConflictIndex;
import org.openiop.core.schedule.DoubleBookingRule;
import org.openiop.core.schedule.LedgerCommit;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.LedgerStore;
import org.openiop.core.schedule.RuleContext;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.ScheduleChange;
import org.openiop.core.schedule.ScheduleDirectory;
import org.openiop.core.schedule.TimeSlot;
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
 * Checking one booking against a calendar of n sessions, n = 1k, 10k, 100k.
 *
 * <p>Subjects: {@link #indexCheck} asks a {@link ConflictIndex} holding all n sessions (one
 * calendar, the worst case for the index) for the sessions overlapping the proposal; {@link
 * #ruleCheck} runs the double-booking and capacity rules against an in-memory ledger store with n
 * sessions spread over clinicians and participants. Baseline: {@link #baselineScan}, a linear scan
 * over the same n slots. Report t(100k)/t(1k) for each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BookingCheckBenchmark {
  static final Instant T0 = Instant.parse("2026-01-05T14:00:00Z");
  static final Duration LENGTH = Duration.ofMinutes(50);

  /** Sessions in the calendar. */
  @Param({"1000", "10000", "100000"})
  public int sessions;

  private TimeSlot[] slots = new TimeSlot[0];
  private ConflictIndex<SessionId> index = new ConflictIndex<>();
  private LedgerStore store = LedgerStore.inMemory();
  private final DoubleBookingRule doubleBooking = new DoubleBookingRule(Duration.ofMinutes(10));
  private final CapacityRule capacity = new CapacityRule();
  private final ScheduleDirectory directory = ScheduleDirectory.builder().build();
  private TimeSlot probe = TimeSlot.of(T0, LENGTH);
  private ScheduleChange change = ScheduleChange.adding(entry(id(0), probe, List.of(), List.of()));

  static SessionId id(int i) {
    return SessionId.of("ses_" + i);
  }

  static LedgerEntry entry(
      SessionId id, TimeSlot slot, List<ParticipantId> participants, List<ClinicianId> clinicians) {
    return new LedgerEntry(
        new Session(
            id,
            null,
            SessionKind.GROUP,
            Modality.CBT,
            "Group",
            slot.start(),
            ZoneId.of("America/Chicago"),
            slot.length(),
            clinicians,
            participants,
            List.of(),
            SessionStatus.SCHEDULED,
            false),
        8);
  }

  /** Slot i: back to back with 10-minute gaps, one calendar. */
  static TimeSlot slot(int i) {
    return TimeSlot.of(T0.plus(Duration.ofMinutes(60L * i)), LENGTH);
  }

  /** Builds the calendars. */
  @Setup(Level.Trial)
  public void setUp() {
    slots = new TimeSlot[sessions];
    index = new ConflictIndex<>();
    store = LedgerStore.inMemory();
    // 40 sessions per clinician and per participant, like a busy 12-week schedule.
    int people = Math.max(1, sessions / 40);
    for (int i = 0; i < sessions; i++) {
      slots[i] = slot(i);
      index.put(id(i), slots[i]);
      ClinicianId c = ClinicianId.of("cln_" + (i % people));
      ParticipantId p = ParticipantId.of("par_" + (i % people));
      LedgerEntry e = entry(id(i), slots[i], List.of(p), List.of(c));
      Map<TypedId, Long> versions = new HashMap<>();
      versions.put(e.sessionId(), store.version(e.sessionId()));
      versions.put(c, store.version(c));
      versions.put(p, store.version(p));
      if (!store.commit(new LedgerCommit(versions, List.of(e), Set.of()))) {
        throw new IllegalStateException("setup commit failed");
      }
    }
    // The proposal: a new session 30 minutes into the middle session, for that session's people.
    int mid = sessions / 2;
    probe = TimeSlot.of(slot(mid).start().plus(Duration.ofMinutes(30)), LENGTH);
    LedgerEntry proposal =
        entry(
            SessionId.of("ses_new"),
            probe,
            List.of(ParticipantId.of("par_" + (mid % people))),
            List.of(ClinicianId.of("cln_" + (mid % people))));
    change = ScheduleChange.adding(proposal);
  }

  /**
   * Baseline: scan all n slots for overlaps.
   *
   * @return the number of overlapping slots
   */
  @Benchmark
  public int baselineScan() {
    int hits = 0;
    for (TimeSlot s : slots) {
      if (s.overlaps(probe)) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * Subject: the conflict index over all n slots.
   *
   * @return the overlapping session ids
   */
  @Benchmark
  public List<SessionId> indexCheck() {
    return index.overlapping(probe);
  }

  /**
   * Subject: the ledger's built-in double-booking and capacity rules against the store.
   *
   * @return the violations found
   */
  @Benchmark
  public List<RuleViolation> ruleCheck() {
    RuleContext context = new RuleContext(store, directory, T0);
    List<RuleViolation> out = new ArrayList<>(doubleBooking.check(change, context));
    out.addAll(capacity.check(change, context));
    return out;
  }
}
