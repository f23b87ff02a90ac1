package org.openiop.core.measure;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The result of scoring one administration of an instrument.
 *
 * <p>A score tied to a person is PHI: {@code toString} shows the instrument only.
 *
 * @param instrumentId the instrument's id, e.g. {@code phq-9}
 * @param total the total score
 * @param band the name of the severity band the total falls in, as published (lower case for the
 *     built-in instruments)
 * @param flags the flags raised, possibly empty
 * @param subscales named subscale totals (e.g. PCL-5 clusters B-E); a subscale with an unanswered
 *     item is left out
 * @param answered how many items were answered
 * @param prorated whether unanswered items were prorated under the instrument's missing-answer
 *     policy
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Score(
    String instrumentId,
    int total,
    String band,
    Set<RiskFlag> flags,
    Map<String, Integer> subscales,
    int answered,
    boolean prorated) {

  /** Copies the collections. */
  public Score {
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    Objects.requireNonNull(band, "band == null");
    flags = Set.copyOf(flags);
    subscales = Map.copyOf(subscales);
  }

  /**
   * Whether any flag raises a risk signal.
   *
   * @return true if a risk flag is present
   */
  public boolean hasRiskFlag() {
    return flags.stream().anyMatch(RiskFlag::isRisk);
  }

  @Override
  public String toString() {
    return "Score[instrumentId=" + instrumentId + ", (redacted)]";
  }
}
