package org.openiop.examples.scoring;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.ReliableChange;
import org.openiop.core.measure.RiskFlag;
import org.openiop.core.measure.Score;

/**
 * Scores PHQ-9 and GAD-7 answers with the built-in instruments, reads the severity band and risk
 * flags, judges the change between two administrations with the Jacobson-Truax reliable change
 * index, and shows that bad answers are refused by item without quoting a value.
 *
 * <p>A score tied to a person is PHI: this example scores synthetic answers for nobody, and a host
 * must never log what it prints here next to a participant id.
 *
 * <p>Run it with {@code java -cp examples/target/iop-demo.jar
 * org.openiop.examples.scoring.ScoreAnInstrument}.
 */
public final class ScoreAnInstrument {
  /** Week-1 PHQ-9 answers (items 1-9, each 0-3); item 9 is "several days", a risk answer. */
  static final List<@Nullable Integer> PHQ9_WEEK_1 = List.of(2, 2, 3, 2, 1, 2, 2, 1, 1);

  /** Week-4 PHQ-9 answers. */
  static final List<@Nullable Integer> PHQ9_WEEK_4 = List.of(1, 1, 1, 1, 0, 1, 1, 0, 0);

  /** Week-2 PHQ-9 answers with item 5 skipped (null). */
  static final List<@Nullable Integer> PHQ9_WEEK_2_ONE_SKIPPED =
      Arrays.asList(2, 1, 2, 2, null, 1, 1, 1, 0);

  /** GAD-7 answers (items 1-7, each 0-3). */
  static final List<@Nullable Integer> GAD7 = List.of(2, 1, 2, 2, 1, 2, 1);

  /**
   * What the example computed.
   *
   * @param phq9Baseline the week-1 PHQ-9 score
   * @param phq9Week4 the week-4 PHQ-9 score
   * @param change the reliable change category from week 1 to week 4
   * @param phq9Week2 the week-2 PHQ-9 score, one item skipped and prorated
   * @param gad7 the GAD-7 score
   * @param refusal the message of the refusal of an out-of-range answer
   */
  public record Outcome(
      Score phq9Baseline,
      Score phq9Week4,
      ReliableChange.Category change,
      Score phq9Week2,
      Score gad7,
      String refusal) {}

  private ScoreAnInstrument() {}

  /**
   * Runs the example and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Scores the answers and prints the results to {@code out}.
   *
   * @param out where to print; never {@code null}
   * @return the scores and the change category
   */
  public static Outcome run(PrintStream out) {
    // 1. Score: total, band as published, flags. Scoring never logs.
    Score baseline = Instruments.PHQ_9.score(PHQ9_WEEK_1);
    print(out, "week 1", baseline);
    if (baseline.flags().contains(RiskFlag.SELF_HARM_THOUGHTS)) {
      // A host records scores through MeasurementService, which turns this flag into a RiskSignal
      // delivered to its escalation policy before returning: a human must follow up at once.
      out.println("  item 9 was answered above 'not at all': follow up today");
    }
    Score week4 = Instruments.PHQ_9.score(PHQ9_WEEK_4);
    print(out, "week 4", week4);

    // 2. Reliable change (Jacobson-Truax): is the drop larger than measurement error?
    ReliableChange rc = ReliableChange.PHQ_9;
    ReliableChange.Category change = rc.categorise(baseline.total(), week4.total());
    out.printf(
        "  change %d -> %d: RCI %.2f, threshold %.1f points: %s%n",
        baseline.total(),
        week4.total(),
        rc.index(baseline.total(), week4.total()),
        rc.threshold(),
        change);

    // 3. A skipped item is prorated when the instrument's missing-answer policy allows it (PHQ-9:
    //    up to two, per the NHS Data Dictionary); GAD-7 ships without proration and needs every
    // item.
    Score week2 = Instruments.PHQ_9.score(PHQ9_WEEK_2_ONE_SKIPPED);
    print(out, "week 2", week2);
    Score gad7 = Instruments.GAD_7.score(GAD7);
    print(out, "week 1", gad7);

    // 4. Out-of-range answers are refused by item path; the message never quotes the answer.
    String refusal;
    try {
      Instruments.PHQ_9.score(List.of(0, 0, 0, 0, 0, 0, 0, 0, 7));
      throw new IllegalStateException("an answer of 7 was accepted");
    } catch (InvalidInputException e) {
      refusal = e.getMessage();
      out.println("refused: " + refusal);
    }
    return new Outcome(baseline, week4, change, week2, gad7, refusal);
  }

  private static void print(PrintStream out, String label, Score s) {
    out.println(
        s.instrumentId()
            + " "
            + label
            + ": total "
            + s.total()
            + " ("
            + s.band()
            + "), "
            + s.answered()
            + " answered"
            + (s.prorated() ? ", prorated" : "")
            + (s.hasRiskFlag() ? ", RISK FLAG" : ""));
  }
}
