package org.openiop.core.care;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.measure.CssrsScreen;
import org.openiop.core.measure.Score;

/**
 * What level-of-care screening looks at. PHI: {@code toString} is redacted.
 *
 * @param intake the intake facts
 * @param scores the latest intake scores (PHQ-9, GAD-7, PCL-5, AUDIT-C; others are ignored)
 * @param cssrs the C-SSRS screener triage, or {@code null} if not screened
 * @param unresolvedHighRiskSignal whether a HIGH risk signal is still open for this person
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScreeningInput(
    IntakeFacts intake,
    List<Score> scores,
    CssrsScreen.@Nullable Triage cssrs,
    boolean unresolvedHighRiskSignal) {
  /** Checks presence and copies the list. */
  public ScreeningInput {
    Objects.requireNonNull(intake, "intake == null");
    scores = List.copyOf(scores);
  }

  @Override
  public String toString() {
    return "ScreeningInput[(redacted)]";
  }
}
