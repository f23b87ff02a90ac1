package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of every built-in instrument. */
class InstrumentProperties {

  record Case(Instrument instrument, List<Integer> answers, int item) {}

  static final List<Instrument> ALL =
      List.of(
          Instruments.PHQ_9,
          Instruments.GAD_7,
          Instruments.PCL_5,
          Instruments.pcl5(31),
          Instruments.AUDIT_C,
          Instruments.AUDIT_C_MEN,
          Instruments.AUDIT_C_WOMEN);

  @Provide
  Arbitrary<Case> completeAnswers() {
    return Arbitraries.of(ALL)
        .flatMap(
            instrument -> {
              List<Arbitrary<Integer>> perItem = new ArrayList<>();
              for (Item item : instrument.items()) {
                perItem.add(Arbitraries.integers().between(item.minValue(), item.maxValue()));
              }
              return Combinators.combine(
                      Combinators.combine(perItem).as(list -> list),
                      Arbitraries.integers().between(0, instrument.items().size() - 1))
                  .as((answers, item) -> new Case(instrument, answers, item));
            });
  }

  @Property(tries = 2000)
  void totalsStayInRangeAndEqualTheSum(@ForAll("completeAnswers") Case c) {
    Score s = c.instrument().score(c.answers());
    assertThat(s.total())
        .isBetween(c.instrument().minTotal(), c.instrument().maxTotal())
        .isEqualTo(c.answers().stream().mapToInt(Integer::intValue).sum());
    assertThat(c.instrument().bandOf(s.total()).name()).isEqualTo(s.band());
  }

  @Property(tries = 2000)
  void raisingOneAnswerNeverLowersTheTotal(@ForAll("completeAnswers") Case c) {
    Item item = c.instrument().items().get(c.item());
    int current = c.answers().get(c.item());
    if (current == item.maxValue()) {
      return;
    }
    List<Integer> raised = new ArrayList<>(c.answers());
    raised.set(c.item(), current + 1);
    int before = c.instrument().score(c.answers()).total();
    int after = c.instrument().score(raised).total();
    assertThat(after).isEqualTo(before + 1);
  }

  @Property(tries = 50)
  void bandsPartitionTheRangeExactly(@ForAll("completeAnswers") Case c) {
    Instrument instrument = c.instrument();
    for (int total = instrument.minTotal(); total <= instrument.maxTotal(); total++) {
      int t = total;
      assertThat(instrument.bands().stream().filter(b -> b.contains(t)).count())
          .as("bands containing %d in %s", t, instrument.id())
          .isEqualTo(1);
    }
    assertThat(instrument.bands().get(0).min()).isEqualTo(instrument.minTotal());
    assertThat(instrument.bands().get(instrument.bands().size() - 1).max())
        .isEqualTo(instrument.maxTotal());
  }

  @Property(tries = 500)
  void proratedPhq9TotalsStayInRange(@ForAll("completeAnswers") Case c) {
    if (!c.instrument().id().equals("phq-9")) {
      return;
    }
    List<Integer> gappy = new ArrayList<>(c.answers());
    gappy.set(c.item(), null);
    gappy.set((c.item() + 4) % 9, null);
    Score s = Instruments.PHQ_9.score(gappy);
    assertThat(s.total()).isBetween(0, 27);
    assertThat(s.prorated()).isTrue();
    assertThat(s.answered()).isEqualTo(7);
  }
}
