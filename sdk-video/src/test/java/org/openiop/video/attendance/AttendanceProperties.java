package org.openiop.video.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.openiop.core.ParticipantId;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEvent.LeaveReason;
import org.openiop.video.spi.RoomId;

class AttendanceProperties {
  static final Instant START = Instant.parse("2026-01-05T17:00:00Z");
  static final SessionWindow WINDOW = SessionWindow.of(START, Duration.ofMinutes(180));
  static final RoomId ROOM = RoomId.of("r1");
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));

  /** A random history of one person: alternating joins and leaves at increasing seconds. */
  @Provide
  Arbitrary<List<RoomEvent>> histories() {
    Arbitrary<Integer> gap = Arbitraries.integers().between(1, 1800);
    Arbitrary<LeaveReason> reason =
        Arbitraries.of(LeaveReason.HUNG_UP, LeaveReason.CONNECTION_LOST, LeaveReason.REMOVED);
    return Combinators.combine(
            Arbitraries.integers().between(-3600, 12000),
            gap.list().ofMaxSize(20),
            reason.list().ofSize(20))
        .as(
            (first, gaps, reasons) -> {
              List<RoomEvent> events = new ArrayList<>();
              Instant t = START.plusSeconds(first);
              for (int i = 0; i < gaps.size(); i++) {
                events.add(
                    i % 2 == 0
                        ? RoomEvent.joined(ROOM, ANA, t)
                        : RoomEvent.left(ROOM, ANA, t, reasons.get(i)));
                t = t.plusSeconds(gaps.get(i));
              }
              return events;
            });
  }

  @Property
  void presenceNeverExceedsTheSessionAndStaysAreOrderedAndDisjoint(
      @ForAll("histories") List<RoomEvent> events) {
    AttendanceRecord r =
        AttendanceCalculator.of(AttendancePolicy.defaults()).forPerson(WINDOW, ANA, events);
    assertThat(r.present()).isBetween(Duration.ZERO, WINDOW.length());
    for (int i = 1; i < r.stays().size(); i++) {
      assertThat(r.stays().get(i).from()).isAfter(r.stays().get(i - 1).to());
    }
    for (Stay s : r.stays()) {
      assertThat(s.from()).isBetween(WINDOW.start(), WINDOW.end());
      assertThat(s.to()).isBetween(WINDOW.start(), WINDOW.end());
    }
    assertThat(r.noShow()).isEqualTo(r.present().isZero());
  }

  @Property
  void theOrderEventsArriveInDoesNotMatter(
      @ForAll("histories") List<RoomEvent> events, @ForAll long seed) {
    AttendanceCalculator calc = AttendanceCalculator.of(AttendancePolicy.defaults());
    List<RoomEvent> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(calc.forPerson(WINDOW, ANA, shuffled))
        .isEqualTo(calc.forPerson(WINDOW, ANA, events));
  }

  @Property
  void disconnectsShorterThanTheGraceWindowChangeNothingButTheTroubleCount(
      @ForAll @IntRange(min = 0, max = 170) int joinMinute,
      @ForAll @IntRange(min = 1, max = 8) int drops,
      @ForAll @IntRange(min = 1, max = 119) int dropSeconds) {
    AttendanceCalculator calc = AttendanceCalculator.of(AttendancePolicy.defaults());
    Instant from = START.plus(Duration.ofMinutes(joinMinute));
    Instant to = WINDOW.end();
    AttendanceRecord continuous =
        calc.forPerson(
            WINDOW,
            ANA,
            List.of(
                RoomEvent.joined(ROOM, ANA, from),
                RoomEvent.left(ROOM, ANA, to, LeaveReason.HUNG_UP)));
    List<RoomEvent> choppy = new ArrayList<>();
    choppy.add(RoomEvent.joined(ROOM, ANA, from));
    long span = Duration.between(from, to).toSeconds();
    // each rejoin must come before the next drop, or the history is not one stay with drops
    Assume.that(dropSeconds < span / (drops + 1));
    for (int i = 1; i <= drops; i++) {
      Instant drop = from.plusSeconds(span * i / (drops + 1));
      choppy.add(RoomEvent.left(ROOM, ANA, drop, LeaveReason.CONNECTION_LOST));
      choppy.add(RoomEvent.joined(ROOM, ANA, drop.plusSeconds(dropSeconds)));
    }
    choppy.add(RoomEvent.left(ROOM, ANA, to, LeaveReason.HUNG_UP));
    AttendanceRecord r = calc.forPerson(WINDOW, ANA, choppy);

    assertThat(r.status()).isEqualTo(continuous.status());
    assertThat(r.present()).isEqualTo(continuous.present());
    assertThat(r.stays()).hasSize(1);
    assertThat(r.reconnects()).isEqualTo(drops);
    assertThat(r.technicalTrouble()).isTrue();
    assertThat(continuous.technicalTrouble()).isFalse();
  }

  @Property
  void aWiderGraceWindowNeverLowersPresenceNorAddsStays(
      @ForAll("histories") List<RoomEvent> events,
      @ForAll @IntRange(min = 0, max = 900) int narrow,
      @ForAll @IntRange(min = 0, max = 900) int extra) {
    AttendancePolicy base = AttendancePolicy.defaults();
    AttendanceRecord a =
        AttendanceCalculator.of(base.withGrace(Duration.ofSeconds(narrow)))
            .forPerson(WINDOW, ANA, events);
    AttendanceRecord b =
        AttendanceCalculator.of(base.withGrace(Duration.ofSeconds(narrow + extra)))
            .forPerson(WINDOW, ANA, events);
    assertThat(b.present()).isGreaterThanOrEqualTo(a.present());
    assertThat(b.stays().size()).isLessThanOrEqualTo(a.stays().size());
    assertThat(b.noShow()).isEqualTo(a.noShow());
  }
}
