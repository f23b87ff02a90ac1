package org.openiop.core.care;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A level-of-care recommendation with every reason behind it. Decision support for a clinician:
 * never an admission decision.
 *
 * @param level the most intensive level any clinical reason points to
 * @param reasons every clinical finding considered, in rule order
 * @param barriers every practical barrier (program hours, private space, device, internet,
 *     technology comfort); these do not change {@code level}
 * @param virtualDeliveryFeasible false when a private space, a device or an internet connection is
 *     missing
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LevelOfCareRecommendation(
    LevelOfCare level,
    List<Reason> reasons,
    List<Reason> barriers,
    boolean virtualDeliveryFeasible) {

  /** Shown with every recommendation. */
  public static final String DECISION_SUPPORT_NOTICE =
      "Decision support only: a clinician decides the level of care after a full assessment.";

  /** Copies the lists. */
  public LevelOfCareRecommendation {
    Objects.requireNonNull(level, "level == null");
    reasons = List.copyOf(reasons);
    barriers = List.copyOf(barriers);
  }

  /**
   * The notice that this is decision support.
   *
   * @return {@link #DECISION_SUPPORT_NOTICE}
   */
  public String notice() {
    return DECISION_SUPPORT_NOTICE;
  }

  @Override
  public String toString() {
    return "LevelOfCareRecommendation[(redacted)]";
  }
}
