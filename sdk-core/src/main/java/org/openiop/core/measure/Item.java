package org.openiop.core.measure;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * One question of an instrument: its id, its text where the text is free to use, its LOINC code
 * where one exists, and the answers it offers.
 *
 * @param id a stable id such as {@code phq9-9}: 1-64 letters, digits and {@code . _ -}
 * @param text the question text, or {@code null} where the wording is licensed or not shipped
 * @param loincCode the item's LOINC code, or {@code null} if none exists or none was verified
 * @param options the answers, at least two, with distinct values
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Item(
    String id, @Nullable String text, @Nullable String loincCode, List<AnswerOption> options) {

  /** Checks the id, the code syntax and the options. */
  public Item {
    Objects.requireNonNull(options, "options == null");
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw InvalidInputException.of("item.id", "must be 1-64 letters, digits and . _ -");
    }
    if (loincCode != null && !loincCode.matches("\\d{1,7}-\\d")) {
      throw InvalidInputException.of("item.loincCode", "must look like 44261-6");
    }
    options = List.copyOf(options);
    if (options.size() < 2) {
      throw InvalidInputException.of("item.options", "must offer at least two answers");
    }
    Set<Integer> seen = new HashSet<>();
    for (AnswerOption option : options) {
      if (!seen.add(option.value())) {
        throw InvalidInputException.of("item.options", "values must be distinct");
      }
    }
  }

  /**
   * The smallest value an answer can score.
   *
   * @return the minimum option value
   */
  public int minValue() {
    return options.stream().mapToInt(AnswerOption::value).min().orElseThrow();
  }

  /**
   * The largest value an answer can score.
   *
   * @return the maximum option value
   */
  public int maxValue() {
    return options.stream().mapToInt(AnswerOption::value).max().orElseThrow();
  }

  /**
   * Whether the value is one this item offers.
   *
   * @param value a candidate answer value
   * @return true if an option has this value
   */
  public boolean accepts(int value) {
    return options.stream().anyMatch(o -> o.value() == value);
  }

  /**
   * Builds the options {@code 0..labels.length-1} in order, with the given labels and LOINC answer
   * codes.
   *
   * @param labels the labels; never {@code null}
   * @param loincAnswerCodes the codes, same length as labels, or {@code null} for none
   * @return the options
   */
  static List<AnswerOption> scale(String[] labels, String @Nullable [] loincAnswerCodes) {
    AnswerOption[] out = new AnswerOption[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] =
          new AnswerOption(i, labels[i], loincAnswerCodes == null ? null : loincAnswerCodes[i]);
    }
    return List.of(out);
  }
}
