package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * What an instrument does with unanswered items: refuse to score, or prorate a summed total when no
 * more than {@code maxMissing} items are unanswered (each missing item counts as the mean of the
 * answered ones; the total is rounded half up).
 *
 * <p>Built-in instruments prorate only where the published guidance says so and cite it in {@code
 * source}; everywhere else they refuse.
 *
 * @param maxMissing how many items may be unanswered; 0 means refuse to score any gap
 * @param source where the rule comes from; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MissingAnswerPolicy(int maxMissing, String source) {
  /** Refuse to score when any item is unanswered. */
  public static final MissingAnswerPolicy REFUSE =
      new MissingAnswerPolicy(0, "no published rule for missing answers: refuse to score");

  /** Checks the bound. */
  public MissingAnswerPolicy {
    Objects.requireNonNull(source, "source == null");
    if (maxMissing < 0) {
      throw InvalidInputException.of("missingAnswerPolicy.maxMissing", "must be 0 or more");
    }
  }

  /**
   * Prorate when at most {@code maxMissing} items are unanswered.
   *
   * @param maxMissing the most unanswered items that still give a score, at least 1
   * @param source the published guidance this follows
   * @return the policy
   */
  public static MissingAnswerPolicy prorateUpTo(int maxMissing, String source) {
    if (maxMissing < 1) {
      throw InvalidInputException.of("missingAnswerPolicy.maxMissing", "must be at least 1");
    }
    return new MissingAnswerPolicy(maxMissing, source);
  }
}
