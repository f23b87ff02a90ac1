package org.openiop.core.care;

import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * The configurable thresholds of {@link LevelOfCareScreener}. The defaults follow the instruments'
 * published bands: PHQ-9 10 ("moderate") suggests more than outpatient care and 20 ("severe")
 * suggests partial hospitalization; GAD-7 10 ("moderate"); PCL-5 33 (provisional cut-off). Programs
 * set their own.
 *
 * @param phq9Iop PHQ-9 total at or above which IOP is suggested
 * @param phq9Php PHQ-9 total at or above which partial hospitalization is suggested
 * @param gad7Iop GAD-7 total at or above which IOP is suggested
 * @param pcl5Iop PCL-5 total at or above which IOP is suggested
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScreeningThresholds(int phq9Iop, int phq9Php, int gad7Iop, int pcl5Iop) {
  /** Checks ranges. */
  public ScreeningThresholds {
    if (phq9Iop < 1 || phq9Php <= phq9Iop || phq9Php > 27) {
      throw InvalidInputException.of("phq9Php", "needs 1 <= phq9Iop < phq9Php <= 27");
    }
    if (gad7Iop < 1 || gad7Iop > 21) {
      throw InvalidInputException.of("gad7Iop", "must be within 1..21");
    }
    if (pcl5Iop < 1 || pcl5Iop > 80) {
      throw InvalidInputException.of("pcl5Iop", "must be within 1..80");
    }
  }

  /**
   * The defaults: PHQ-9 10 and 20, GAD-7 10, PCL-5 33.
   *
   * @return the defaults
   */
  public static ScreeningThresholds defaults() {
    return new ScreeningThresholds(10, 20, 10, 33);
  }
}
