package org.openiop.core.measure;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * The triage logic of the C-SSRS screener over answers the host collected with its own licensed
 * copy of the wording. No C-SSRS text ships with OpenIOP: the questions are referred to by number
 * only.
 *
 * <p>Triage (Columbia Lighthouse Project, "Clinical triage guidelines using the C-SSRS", and the
 * screener's triage colours): a yes to question 4 or 5 (past month) or any suicidal behaviour in
 * the past 3 months (question 6) is {@link Triage#HIGH}; a yes to question 3, or behaviour only
 * longer than 3 months ago, is {@link Triage#MODERATE}; a yes to question 1 or 2 only is {@link
 * Triage#LOW}. Questions 3-5 are asked only after a yes to question 2.
 *
 * @param q1 answer to screener question 1 (past month)
 * @param q2 answer to screener question 2 (past month)
 * @param q3 answer to question 3, or {@code null} when not asked (question 2 was no)
 * @param q4 answer to question 4, or {@code null} when not asked
 * @param q5 answer to question 5, or {@code null} when not asked
 * @param q6Lifetime answer to question 6 (behaviour, lifetime)
 * @param q6PastThreeMonths whether that behaviour was within the past 3 months
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CssrsScreen(
    boolean q1,
    boolean q2,
    @Nullable Boolean q3,
    @Nullable Boolean q4,
    @Nullable Boolean q5,
    boolean q6Lifetime,
    boolean q6PastThreeMonths) {

  /** The screener's triage category. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Triage {
    /** No question answered yes. */
    NONE,
    /** Questions 1 or 2 only. */
    LOW,
    /** Question 3, or behaviour more than 3 months ago. */
    MODERATE,
    /** Question 4 or 5, or behaviour within the past 3 months. */
    HIGH;

    /**
     * Whether this triage is positive (raises a risk signal).
     *
     * @return true unless {@link #NONE}
     */
    public boolean positive() {
      return this != NONE;
    }

    /**
     * The risk level of the signal a positive triage raises.
     *
     * @return the level, or {@code null} for {@link #NONE}
     */
    public @Nullable RiskLevel riskLevel() {
      return switch (this) {
        case NONE -> null;
        case LOW -> RiskLevel.LOW;
        case MODERATE -> RiskLevel.MODERATE;
        case HIGH -> RiskLevel.HIGH;
      };
    }
  }

  /** Checks the skip logic: after a yes to question 2, questions 3-5 must be answered. */
  public CssrsScreen {
    if (q2 && (q3 == null || q4 == null || q5 == null)) {
      throw InvalidInputException.of(
          "cssrs.q3-q5", "must be answered when question 2 is answered yes");
    }
    if (q6PastThreeMonths && !q6Lifetime) {
      throw InvalidInputException.of(
          "cssrs.q6Lifetime", "must be yes when behaviour in the past 3 months is yes");
    }
  }

  /**
   * Triage per the screener's rules. Any yes counts, even one given out of the skip order, so a
   * risk answer is never dropped.
   *
   * @return the triage
   */
  public Triage triage() {
    if (yes(q4) || yes(q5) || q6PastThreeMonths) {
      return Triage.HIGH;
    }
    if (yes(q3) || q6Lifetime) {
      return Triage.MODERATE;
    }
    if (q1 || q2) {
      return Triage.LOW;
    }
    return Triage.NONE;
  }

  private static boolean yes(@Nullable Boolean b) {
    return Boolean.TRUE.equals(b);
  }

  @Override
  public String toString() {
    return "CssrsScreen[(redacted)]";
  }
}
