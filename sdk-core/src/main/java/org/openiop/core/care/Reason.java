package org.openiop.core.care;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One reason behind a level-of-care recommendation: a stable code, the level it points to, and an
 * explanation for the clinician.
 *
 * @param code a stable code such as {@code phq9-severe}
 * @param pointsTo the level this finding alone suggests
 * @param explanation a sentence for the clinician, naming the rule and threshold (no answers)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reason(String code, LevelOfCare pointsTo, String explanation) {
  /** Checks presence. */
  public Reason {
    Objects.requireNonNull(code, "code == null");
    Objects.requireNonNull(pointsTo, "pointsTo == null");
    Objects.requireNonNull(explanation, "explanation == null");
  }
}
