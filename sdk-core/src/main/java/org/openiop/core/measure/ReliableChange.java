package org.openiop.core.measure;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * Jacobson-Truax reliable change (Jacobson and Truax, J Consult Clin Psychol 1991;59:12-19): RCI =
 * (x2 - x1) / S_diff with S_diff = SD1 * sqrt(2) * sqrt(1 - r); a change is reliable when |RCI|
 * &gt; 1.96. For instruments where higher is worse, a negative RCI is improvement.
 *
 * <p>Built-in parameters (override them with the host's own clinical baseline SD when it has one):
 *
 * <ul>
 *   <li>{@link #PHQ_9}: SD1 = 5.5, the SD of intake PHQ-9 scores of NHS Talking Therapies cases in
 *       2022-23 (mean 15.4), as quoted from NHS Digital's annual report by cbtwatch.com; r = 0.89,
 *       Cronbach's alpha in Kroenke et al. 2001. Threshold 5.06 points, so a change of 6 points is
 *       reliable, matching NHS Talking Therapies' PHQ-9 reliable-improvement criterion of 6.
 *   <li>{@link #GAD_7}: SD1 = 4.5, same source (mean 14.0); r = 0.92, Cronbach's alpha in Spitzer
 *       et al. 2006. Threshold 3.53 points, so 4 points is reliable, matching NHS Talking
 *       Therapies' GAD-7 criterion of 4.
 * </ul>
 *
 * <p>No parameters ship for PCL-5 or AUDIT-C: no baseline SD was verified; pass your own.
 *
 * @param baselineSd SD1, the standard deviation of the pre-treatment (clinical) population; more
 *     than 0
 * @param reliability r, the measure's reliability, in (0, 1)
 * @param source where both numbers come from
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReliableChange(double baselineSd, double reliability, String source) {
  /** The two-tailed 95 % criterion. */
  public static final double CRITERION = 1.96;

  /** PHQ-9 parameters: SD1 5.5, r 0.89. */
  public static final ReliableChange PHQ_9 =
      new ReliableChange(
          5.5,
          0.89,
          "SD1: NHS Talking Therapies 2022-23 intake cases (via cbtwatch.com);"
              + " r: Cronbach's alpha, Kroenke et al. 2001");

  /** GAD-7 parameters: SD1 4.5, r 0.92. */
  public static final ReliableChange GAD_7 =
      new ReliableChange(
          4.5,
          0.92,
          "SD1: NHS Talking Therapies 2022-23 intake cases (via cbtwatch.com);"
              + " r: Cronbach's alpha, Spitzer et al. 2006");

  /** The category of a change. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Category {
    /** RCI below -1.96 (for higher-is-worse instruments: better). */
    RELIABLE_IMPROVEMENT,
    /** |RCI| at most 1.96. */
    NO_RELIABLE_CHANGE,
    /** RCI above 1.96. */
    RELIABLE_DETERIORATION
  }

  /** Checks the ranges. */
  public ReliableChange {
    Objects.requireNonNull(source, "source == null");
    if (!(baselineSd > 0) || Double.isInfinite(baselineSd)) {
      throw InvalidInputException.of("baselineSd", "must be a finite number above 0");
    }
    if (!(reliability > 0 && reliability < 1)) {
      throw InvalidInputException.of("reliability", "must be between 0 and 1, exclusive");
    }
  }

  /**
   * The built-in parameters for an instrument id.
   *
   * @param instrumentId e.g. {@code phq-9}
   * @return the parameters, or empty when none ship
   */
  public static Optional<ReliableChange> builtIn(String instrumentId) {
    return switch (instrumentId) {
      case "phq-9" -> Optional.of(PHQ_9);
      case "gad-7" -> Optional.of(GAD_7);
      default -> Optional.empty();
    };
  }

  /**
   * S_diff, the standard error of the difference.
   *
   * @return SD1 * sqrt(2) * sqrt(1 - r)
   */
  public double standardErrorOfDifference() {
    return baselineSd * Math.sqrt(2) * Math.sqrt(1 - reliability);
  }

  /**
   * The absolute change in points that a reliable change must exceed.
   *
   * @return 1.96 * S_diff
   */
  public double threshold() {
    return CRITERION * standardErrorOfDifference();
  }

  /**
   * The reliable change index from {@code before} to {@code after}.
   *
   * @param before x1
   * @param after x2
   * @return (x2 - x1) / S_diff
   */
  public double index(double before, double after) {
    return (after - before) / standardErrorOfDifference();
  }

  /**
   * Categorises a change.
   *
   * @param before x1
   * @param after x2
   * @return the category
   */
  public Category categorise(double before, double after) {
    double rci = index(before, after);
    if (rci < -CRITERION) {
      return Category.RELIABLE_IMPROVEMENT;
    }
    if (rci > CRITERION) {
      return Category.RELIABLE_DETERIORATION;
    }
    return Category.NO_RELIABLE_CHANGE;
  }
}
