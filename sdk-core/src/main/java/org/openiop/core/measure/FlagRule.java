package org.openiop.core.measure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a score carries a flag, from the raw answers and the total.
 *
 * <p>Implementations must be pure functions and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface FlagRule {
  /**
   * Evaluates the rule.
   *
   * @param answers the validated answers in item order; {@code null} elements are unanswered
   * @param total the instrument's total
   * @return the flag, or empty
   */
  Optional<RiskFlag> evaluate(List<@Nullable Integer> answers, int total);

  /**
   * Flags when item {@code itemNumber} (1-based) is answered with at least {@code threshold}.
   *
   * @param itemNumber the item's number, 1-based
   * @param threshold the smallest value that flags
   * @param flag the flag
   * @return the rule
   */
  static FlagRule itemAtLeast(int itemNumber, int threshold, RiskFlag flag) {
    Objects.requireNonNull(flag, "flag == null");
    return (answers, total) -> {
      Integer v = answers.get(itemNumber - 1);
      return v != null && v >= threshold ? Optional.of(flag) : Optional.empty();
    };
  }

  /**
   * Flags when item {@code itemNumber} (1-based) is unanswered.
   *
   * @param itemNumber the item's number, 1-based
   * @param flag the flag
   * @return the rule
   */
  static FlagRule itemUnanswered(int itemNumber, RiskFlag flag) {
    Objects.requireNonNull(flag, "flag == null");
    return (answers, total) ->
        answers.get(itemNumber - 1) == null ? Optional.of(flag) : Optional.empty();
  }

  /**
   * Flags when the total is at least {@code threshold}.
   *
   * @param threshold the smallest total that flags
   * @param flag the flag
   * @return the rule
   */
  static FlagRule totalAtLeast(int threshold, RiskFlag flag) {
    Objects.requireNonNull(flag, "flag == null");
    return (answers, total) -> total >= threshold ? Optional.of(flag) : Optional.empty();
  }
}
