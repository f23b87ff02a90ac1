package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

class BookingLedgerConcurrencyProperties {
  private static final Instant T0 = Instant.parse("2026-03-02T14:00:00Z");

  @Property(tries = 25)
  void concurrentBookingNeverDoubleBooksOrOverfills(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int threads,
      @ForAll @IntRange(min = 1, max = 4) int capacity)
      throws Exception {
    LedgerStore store = LedgerStore.inMemory();
    BookingLedger ledger =
        BookingLedger.builder(store)
            .clock(Clock.fixed(T0, ZoneOffset.UTC))
            .addRule(new DoubleBookingRule(Duration.ofMinutes(10)))
            .addRule(new CapacityRule())
            .build();
    // Twelve sessions, many of them overlapping, and a small crowd competing for them.
    List<SessionId> sessions = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      SessionId id = SessionId.of("ses_" + i);
      sessions.add(id);
      TimeSlot slot = TimeSlot.of(T0.plusSeconds(1_200L * i), Duration.ofMinutes(50));
      assertThat(ledger.create(TestSessions.empty(id, slot, capacity)).accepted()).isTrue();
    }
    List<TypedId> people = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      people.add(ParticipantId.of("par_" + i));
      people.add(ClinicianId.of("cln_" + i));
    }
    AtomicInteger accepted = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seed + t);
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = 0; k < 60; k++) {
                    SessionId s = sessions.get(random.nextInt(sessions.size()));
                    TypedId p = people.get(random.nextInt(people.size()));
                    BookingResult r =
                        random.nextInt(5) == 0 ? ledger.cancel(s, p) : ledger.book(s, p);
                    if (r.accepted()) {
                      accepted.incrementAndGet();
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(accepted.get()).isPositive();
    TimeSlot all = TimeSlot.of(T0.minusSeconds(3_600), Duration.ofDays(1));
    for (SessionId s : sessions) {
      LedgerEntry e = store.entry(s).orElseThrow();
      assertThat(e.participants().size()).isLessThanOrEqualTo(capacity);
    }
    for (TypedId p : people) {
      List<LedgerEntry> mine = store.entriesOf(p, all);
      for (int i = 1; i < mine.size(); i++) {
        TimeSlot prev = mine.get(i - 1).slot();
        TimeSlot next = mine.get(i).slot();
        assertThat(prev.overlaps(next)).as("%s double-booked", p).isFalse();
        if (p instanceof ClinicianId) {
          assertThat(prev.widenedBy(Duration.ofMinutes(10)).overlaps(next)).isFalse();
        }
      }
      for (LedgerEntry e : mine) {
        assertThat(e.includes(p)).isTrue();
      }
    }
  }
}
