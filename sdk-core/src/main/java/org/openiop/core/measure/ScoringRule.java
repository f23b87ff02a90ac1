package org.openiop.core.measure;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Turns a complete set of answer values (no gaps) into a total, for a host's own instrument. The
 * built-in instruments sum; {@link Instrument.Builder#sumScoring()} and {@link
 * Instrument.Builder#meanScoring()} cover the common cases.
 *
 * <p>Implementations must be pure functions, safe for concurrent use, and must return a total
 * inside the range declared with {@link Instrument.Builder#customScoring(ScoringRule, int, int)};
 * the instrument checks this and fails loudly otherwise.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface ScoringRule {
  /**
   * Computes the total.
   *
   * @param answers one validated value per item, in item order, none missing; never {@code null}
   * @return the total
   */
  int total(List<Integer> answers);

  /**
   * The sum of the answer values.
   *
   * @return the rule
   */
  static ScoringRule sum() {
    return answers -> {
      Objects.requireNonNull(answers, "answers == null");
      int total = 0;
      for (int v : answers) {
        total += v;
      }
      return total;
    };
  }

  /**
   * The mean of the answer values, rounded half up to a whole number.
   *
   * @return the rule
   */
  static ScoringRule meanRoundedHalfUp() {
    return answers -> {
      Objects.requireNonNull(answers, "answers == null");
      int total = 0;
      for (int v : answers) {
        total += v;
      }
      return Instrument.divideRoundHalfUp(total, answers.size());
    };
  }
}
