package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConflictIndexTest {
  private static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");

  private static TimeSlot slot(int fromMinute, int toMinute) {
    return new TimeSlot(T0.plusSeconds(60L * fromMinute), T0.plusSeconds(60L * toMinute));
  }

  @Test
  void touchingSlotsDoNotConflictButOverlappingOnesDo() {
    ConflictIndex<String> index = new ConflictIndex<>();
    index.put("a", slot(0, 60));
    index.put("b", slot(60, 120));
    assertThat(index.overlapping(slot(120, 180))).isEmpty();
    assertThat(index.overlapping(slot(59, 61))).containsExactly("a", "b");
    assertThat(index.anyOverlapping(slot(-10, 0))).isFalse();
    assertThat(index.anyOverlapping(slot(-10, 1))).isTrue();
  }

  @Test
  void putReplacesAndRemoveForgets() {
    ConflictIndex<String> index = new ConflictIndex<>();
    index.put("a", slot(0, 60));
    index.put("a", slot(200, 260));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.overlapping(slot(0, 60))).isEmpty();
    assertThat(index.get("a")).contains(slot(200, 260));
    assertThat(index.remove("a")).isTrue();
    assertThat(index.remove("a")).isFalse();
    assertThat(index.size()).isZero();
    assertThat(index.overlapping(slot(0, 1000))).isEmpty();
  }

  @Test
  void aLongSlotIsFoundFromFarInsideIt() {
    ConflictIndex<String> index = new ConflictIndex<>();
    index.put("long", slot(0, 10_000));
    for (int i = 0; i < 500; i++) {
      index.put("s" + i, slot(20 * i, 20 * i + 10));
    }
    assertThat(index.overlapping(slot(9_995, 9_996))).containsExactly("long");
    assertThat(index.overlapping(slot(15, 25))).containsExactly("long", "s1");
  }

  /** An operation on the index: put (with slot) or remove. */
  record Op(String key, int from, int length, boolean remove) {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> op =
        Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"),
                Arbitraries.integers().between(0, 2_000),
                Arbitraries.integers().between(1, 300),
                Arbitraries.integers().between(0, 4).map(i -> i == 0))
            .as(Op::new);
    return op.list().ofMaxSize(200);
  }

  @Property(tries = 300)
  void overlappingAgreesWithAFullScan(
      @ForAll("ops") List<Op> ops, @ForAll("ops") List<Op> queries) {
    ConflictIndex<String> index = new ConflictIndex<>();
    Map<String, TimeSlot> model = new HashMap<>();
    for (Op op : ops) {
      if (op.remove()) {
        assertThat(index.remove(op.key())).isEqualTo(model.remove(op.key()) != null);
      } else {
        TimeSlot s = slot(op.from(), op.from() + op.length());
        index.put(op.key(), s);
        model.put(op.key(), s);
      }
    }
    assertThat(index.size()).isEqualTo(model.size());
    for (Op q : queries) {
      TimeSlot query = slot(q.from(), q.from() + q.length());
      List<String> expected = new ArrayList<>();
      model.entrySet().stream()
          .filter(e -> e.getValue().overlaps(query))
          .sorted(
              Comparator.comparing((Map.Entry<String, TimeSlot> e) -> e.getValue().start())
                  .thenComparing(Map.Entry::getKey))
          .forEach(e -> expected.add(e.getKey()));
      assertThat(index.overlapping(query)).isEqualTo(expected);
      assertThat(index.anyOverlapping(query)).isEqualTo(!expected.isEmpty());
    }
  }

  @Test
  void widenedSlotCoversTheBuffer() {
    TimeSlot s = slot(60, 120).widenedBy(Duration.ofMinutes(15));
    assertThat(s).isEqualTo(slot(45, 135));
  }
}
