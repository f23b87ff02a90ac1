package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * One answer an item offers: the value it scores and its label.
 *
 * @param value the score this answer contributes, 0 or more
 * @param label the answer's label; never {@code null}, may be empty when the label is not free to
 *     reproduce
 * @param loincAnswerCode the LOINC answer code ({@code LA...}), or {@code null} if none is known
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AnswerOption(int value, String label, @Nullable String loincAnswerCode) {
  /** Checks the value and the code syntax. */
  public AnswerOption {
    Objects.requireNonNull(label, "label == null");
    if (value < 0) {
      throw InvalidInputException.of("answerOption.value", "must be 0 or more");
    }
    if (loincAnswerCode != null && !loincAnswerCode.matches("LA\\d{1,6}-\\d")) {
      throw InvalidInputException.of("answerOption.loincAnswerCode", "must look like LA6568-5");
    }
  }

  /**
   * An option without a LOINC answer code.
   *
   * @param value the score
   * @param label the label
   * @return the option
   */
  public static AnswerOption of(int value, String label) {
    return new AnswerOption(value, label, null);
  }
}
