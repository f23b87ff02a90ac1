package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * A flag a score carries: a finding that needs attention beyond the total. A flag with a {@code
 * riskLevel} is a risk flag: recording the score raises a {@link RiskSignal} at that level.
 *
 * @param code a stable lower-case code such as {@code self-harm-thoughts}
 * @param riskLevel the level of the risk signal this flag raises, or {@code null} if it is not a
 *     risk finding (e.g. a positive alcohol screen)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RiskFlag(String code, @Nullable RiskLevel riskLevel) {
  /** PHQ-9 item 9 answered above "not at all": thoughts of death or self-harm. */
  public static final RiskFlag SELF_HARM_THOUGHTS =
      new RiskFlag("self-harm-thoughts", RiskLevel.HIGH);

  /** A risk item (such as PHQ-9 item 9) was left unanswered, so risk is unknown. */
  public static final RiskFlag RISK_ITEM_UNANSWERED =
      new RiskFlag("risk-item-unanswered", RiskLevel.MODERATE);

  /** PCL-5 total at or above the provisional cut-off. */
  public static final RiskFlag PROVISIONAL_PTSD = new RiskFlag("provisional-ptsd", null);

  /**
   * PCL-5 items rated 2 or more meet the DSM-5 pattern: at least 1 of items 1-5, 1 of 6-7, 2 of
   * 8-14 and 2 of 15-20.
   */
  public static final RiskFlag PTSD_DSM5_PATTERN = new RiskFlag("ptsd-dsm5-pattern", null);

  /** AUDIT-C total at or above the positive cut-off. */
  public static final RiskFlag POSITIVE_ALCOHOL_SCREEN =
      new RiskFlag("positive-alcohol-screen", null);

  /** Checks the code syntax. */
  public RiskFlag {
    Objects.requireNonNull(code, "code == null");
    if (!code.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
      throw InvalidInputException.of("riskFlag.code", "must be 1-64 of a-z 0-9 . -");
    }
  }

  /**
   * Whether recording a score with this flag raises a risk signal.
   *
   * @return true if {@code riskLevel} is set
   */
  public boolean isRisk() {
    return riskLevel != null;
  }
}
