package org.openiop.core.engage;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * Thresholds for engagement signals.
 *
 * @param noShowStreak consecutive no-shows that open an outreach task, 1-20 (default 2)
 * @param trendWindowWeeks weeks in each window compared for a falling attendance trend, 1-8
 *     (default 2)
 * @param trendDropPoints drop in attendance percentage points between the earlier and the later
 *     window that raises a signal, 1-100 (default 25)
 * @param welcomeBackAfterDays days without attending after which attending again is a "welcome
 *     back", 1-365 (default 7)
 * @param outreachDue how soon staff should act on an outreach task; 1 hour to 14 days (default 1
 *     day)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngagementPolicy(
    int noShowStreak,
    int trendWindowWeeks,
    int trendDropPoints,
    int welcomeBackAfterDays,
    Duration outreachDue) {

  /** Two no-shows, two-week windows, a 25-point drop, seven days away, outreach within a day. */
  public static final EngagementPolicy DEFAULT =
      new EngagementPolicy(2, 2, 25, 7, Duration.ofDays(1));

  /** Checks the ranges. */
  public EngagementPolicy {
    Objects.requireNonNull(outreachDue, "outreachDue == null");
    if (noShowStreak < 1 || noShowStreak > 20) {
      throw InvalidInputException.of("noShowStreak", "must be 1-20");
    }
    if (trendWindowWeeks < 1 || trendWindowWeeks > 8) {
      throw InvalidInputException.of("trendWindowWeeks", "must be 1-8");
    }
    if (trendDropPoints < 1 || trendDropPoints > 100) {
      throw InvalidInputException.of("trendDropPoints", "must be 1-100");
    }
    if (welcomeBackAfterDays < 1 || welcomeBackAfterDays > 365) {
      throw InvalidInputException.of("welcomeBackAfterDays", "must be 1-365");
    }
    if (outreachDue.compareTo(Duration.ofHours(1)) < 0
        || outreachDue.compareTo(Duration.ofDays(14)) > 0) {
      throw InvalidInputException.of("outreachDue", "must be between 1 hour and 14 days");
    }
  }
}
