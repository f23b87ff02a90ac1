package org.openiop.core.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.OpenIopException;
import org.openiop.core.Violation;

/**
 * A measurement instrument as data: items, answers, scoring, severity bands, missing-answer policy
 * and flags. The built-in ones are in {@link Instruments}; a host defines its own with {@link
 * #builder(String)} and the same machinery scores both.
 *
 * <pre>{@code
 * Score s = Instruments.PHQ_9.score(Arrays.asList(1, 2, 1, 0, 1, 2, 0, 1, 0));
 * s.total();  // 8
 * s.band();   // "mild"
 * }</pre>
 *
 * <p>Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Instrument {
  private final String id;
  private final String name;
  private final @Nullable String loincCode;
  private final @Nullable String loincPanelCode;
  private final List<Item> items;
  private final ScoringRule scoring;
  private final boolean summed;
  private final int minTotal;
  private final int maxTotal;
  private final List<Band> bands;
  private final MissingAnswerPolicy missingAnswers;
  private final List<FlagRule> flagRules;
  private final Map<String, List<Integer>> subscales;
  private final String source;

  private Instrument(Builder b) {
    this.id = b.id;
    this.name = Objects.requireNonNullElse(b.name, b.id);
    this.loincCode = b.loincCode;
    this.loincPanelCode = b.loincPanelCode;
    this.items = List.copyOf(b.items);
    this.scoring = Objects.requireNonNull(b.scoring, "scoring");
    this.summed = b.summed;
    this.minTotal = b.minTotal;
    this.maxTotal = b.maxTotal;
    this.bands = List.copyOf(b.bands);
    this.missingAnswers = b.missingAnswers;
    this.flagRules = List.copyOf(b.flagRules);
    this.subscales = Map.copyOf(b.subscales);
    this.source = b.source;
  }

  /**
   * Starts a custom instrument.
   *
   * @param id a stable id such as {@code acme-sleep-5}: 1-32 of a-z 0-9 and {@code -}
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Scores one administration.
   *
   * @param answers one answer value per item in item order; a {@code null} element is an unanswered
   *     item; never {@code null}
   * @return the score
   * @throws InvalidInputException if the count is wrong, an answer is not one the item offers (the
   *     path names the item, e.g. {@code answers[9] (phq9-9)}), or more items are unanswered than
   *     the missing-answer policy allows. The message never quotes an answer.
   */
  public Score score(List<@Nullable Integer> answers) {
    Objects.requireNonNull(answers, "answers == null");
    if (answers.size() != items.size()) {
      throw InvalidInputException.of(
          "answers", "expected " + items.size() + " answers for " + id + ", got " + answers.size());
    }
    List<Violation> violations = new ArrayList<>();
    List<Integer> missing = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      Integer v = answers.get(i);
      if (v == null) {
        missing.add(i);
      } else if (!item.accepts(v)) {
        violations.add(
            new Violation(
                path(i),
                "is not an answer this item offers (allowed "
                    + item.minValue()
                    + ".."
                    + item.maxValue()
                    + ")"));
      }
    }
    if (missing.size() > missingAnswers.maxMissing()) {
      String rule =
          missingAnswers.maxMissing() == 0
              ? "is unanswered; "
                  + id
                  + " has no published rule for missing answers, so it is"
                  + " not scored"
              : "is unanswered; "
                  + id
                  + " is scored with at most "
                  + missingAnswers.maxMissing()
                  + " unanswered items ("
                  + missingAnswers.source()
                  + ")";
      for (int i : missing) {
        violations.add(new Violation(path(i), rule));
      }
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
    List<@Nullable Integer> raw = java.util.Collections.unmodifiableList(new ArrayList<>(answers));
    int total;
    boolean prorated = !missing.isEmpty();
    if (prorated) {
      int sum = 0;
      for (Integer v : answers) {
        if (v != null) {
          sum += v;
        }
      }
      int answered = items.size() - missing.size();
      total = divideRoundHalfUp(sum * items.size(), answered);
    } else {
      List<Integer> complete = new ArrayList<>(items.size());
      for (Integer v : answers) {
        complete.add(Objects.requireNonNull(v));
      }
      total = scoring.total(List.copyOf(complete));
    }
    if (total < minTotal || total > maxTotal) {
      throw new OpenIopException(
          "scoring rule of " + id + " returned a total outside its declared range");
    }
    Set<RiskFlag> flags = new LinkedHashSet<>();
    for (FlagRule rule : flagRules) {
      rule.evaluate(raw, total).ifPresent(flags::add);
    }
    Map<String, Integer> subs = new LinkedHashMap<>();
    subscales.forEach(
        (subscale, indices) -> {
          int s = 0;
          for (int i : indices) {
            Integer v = answers.get(i);
            if (v == null) {
              return;
            }
            s += v;
          }
          subs.put(subscale, s);
        });
    return new Score(
        id, total, bandOf(total).name(), flags, subs, items.size() - missing.size(), prorated);
  }

  /**
   * The band a total falls in.
   *
   * @param total a total in {@code [minTotal, maxTotal]}
   * @return the band
   * @throws InvalidInputException if the total is out of range
   */
  public Band bandOf(int total) {
    for (Band band : bands) {
      if (band.contains(total)) {
        return band;
      }
    }
    throw InvalidInputException.of("total", "must be within " + minTotal + ".." + maxTotal);
  }

  private String path(int index) {
    return "answers[" + (index + 1) + "] (" + items.get(index).id() + ")";
  }

  static int divideRoundHalfUp(int numerator, int denominator) {
    return (2 * numerator + denominator) / (2 * denominator);
  }

  /**
   * The id, e.g. {@code phq-9}.
   *
   * @return never {@code null}
   */
  public String id() {
    return id;
  }

  /**
   * The display name.
   *
   * @return never {@code null}
   */
  public String name() {
    return name;
  }

  /**
   * The LOINC code of the total score, if one exists.
   *
   * @return the code or {@code null}
   */
  public @Nullable String loincCode() {
    return loincCode;
  }

  /**
   * The LOINC code of the panel, if one exists.
   *
   * @return the code or {@code null}
   */
  public @Nullable String loincPanelCode() {
    return loincPanelCode;
  }

  /**
   * The items in order.
   *
   * @return an immutable list
   */
  public List<Item> items() {
    return items;
  }

  /**
   * The smallest possible total.
   *
   * @return the minimum
   */
  public int minTotal() {
    return minTotal;
  }

  /**
   * The largest possible total.
   *
   * @return the maximum
   */
  public int maxTotal() {
    return maxTotal;
  }

  /**
   * The severity bands, in ascending order; together they cover {@code [minTotal, maxTotal]}
   * exactly once.
   *
   * @return an immutable list
   */
  public List<Band> bands() {
    return bands;
  }

  /**
   * What happens to unanswered items.
   *
   * @return the policy
   */
  public MissingAnswerPolicy missingAnswers() {
    return missingAnswers;
  }

  /**
   * Whether the total is the plain sum of the answers (so it is monotone in each answer).
   *
   * @return true for summed instruments
   */
  public boolean summed() {
    return summed;
  }

  /**
   * Named subscales as 0-based item indices.
   *
   * @return an immutable map
   */
  public Map<String, List<Integer>> subscales() {
    return subscales;
  }

  /**
   * Where the scoring rules come from.
   *
   * @return a citation
   */
  public String source() {
    return source;
  }

  @Override
  public String toString() {
    return "Instrument[" + id + "]";
  }

  /** Builds an instrument; every setter validates at once, {@link #build()} checks the whole. */
  public static final class Builder {
    private final String id;
    private @Nullable String name;
    private @Nullable String loincCode;
    private @Nullable String loincPanelCode;
    private final List<Item> items = new ArrayList<>();
    private @Nullable ScoringRule scoring;
    private boolean summed;
    private boolean mean;
    private int minTotal;
    private int maxTotal;
    private final List<Band> bands = new ArrayList<>();
    private MissingAnswerPolicy missingAnswers = MissingAnswerPolicy.REFUSE;
    private final List<FlagRule> flagRules = new ArrayList<>();
    private final Map<String, List<Integer>> subscales = new LinkedHashMap<>();
    private String source = "host-defined";

    private Builder(String id) {
      if (id == null || !id.matches("[a-z0-9][a-z0-9-]{0,31}")) {
        throw InvalidInputException.of("instrument.id", "must be 1-32 of a-z 0-9 -");
      }
      this.id = id;
    }

    /**
     * Sets the display name.
     *
     * @param name the name
     * @return this
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /**
     * Sets the LOINC codes of the total and the panel.
     *
     * @param total the total's code, or {@code null}
     * @param panel the panel's code, or {@code null}
     * @return this
     */
    public Builder loinc(@Nullable String total, @Nullable String panel) {
      for (String code : Arrays.asList(total, panel)) {
        if (code != null && !code.matches("\\d{1,7}-\\d")) {
          throw InvalidInputException.of("instrument.loinc", "must look like 44261-6");
        }
      }
      this.loincCode = total;
      this.loincPanelCode = panel;
      return this;
    }

    /**
     * Adds an item.
     *
     * @param item the item
     * @return this
     */
    public Builder item(Item item) {
      items.add(Objects.requireNonNull(item, "item == null"));
      return this;
    }

    /**
     * Scores by summing the answers (the default).
     *
     * @return this
     */
    public Builder sumScoring() {
      this.scoring = ScoringRule.sum();
      this.summed = true;
      this.mean = false;
      return this;
    }

    /**
     * Scores by the mean of the answers, rounded half up.
     *
     * @return this
     */
    public Builder meanScoring() {
      this.scoring = ScoringRule.meanRoundedHalfUp();
      this.summed = false;
      this.mean = true;
      return this;
    }

    /**
     * Scores with the host's rule, whose totals lie in {@code [min, max]}.
     *
     * @param rule the rule
     * @param min the smallest total the rule returns
     * @param max the largest total the rule returns
     * @return this
     */
    public Builder customScoring(ScoringRule rule, int min, int max) {
      if (max < min) {
        throw InvalidInputException.of("instrument.maxTotal", "must be at least minTotal");
      }
      this.scoring = Objects.requireNonNull(rule, "rule == null");
      this.summed = false;
      this.mean = false;
      this.minTotal = min;
      this.maxTotal = max;
      return this;
    }

    /**
     * Adds a severity band.
     *
     * @param min the smallest total in the band
     * @param max the largest total in the band
     * @param name the band's name
     * @return this
     */
    public Builder band(int min, int max, String name) {
      bands.add(new Band(min, max, name));
      return this;
    }

    /**
     * Sets the missing-answer policy (default: refuse). Proration needs sum scoring.
     *
     * @param policy the policy
     * @return this
     */
    public Builder missingAnswers(MissingAnswerPolicy policy) {
      this.missingAnswers = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * Adds a flag rule.
     *
     * @param rule the rule
     * @return this
     */
    public Builder flag(FlagRule rule) {
      flagRules.add(Objects.requireNonNull(rule, "rule == null"));
      return this;
    }

    /**
     * Adds a subscale over items {@code fromItem..toItem} (1-based, inclusive).
     *
     * @param name the subscale's name
     * @param fromItem the first item number
     * @param toItem the last item number
     * @return this
     */
    public Builder subscale(String name, int fromItem, int toItem) {
      Objects.requireNonNull(name, "name == null");
      if (fromItem < 1 || toItem < fromItem) {
        throw InvalidInputException.of("instrument.subscale", "needs 1 <= fromItem <= toItem");
      }
      List<Integer> indices = new ArrayList<>();
      for (int i = fromItem; i <= toItem; i++) {
        indices.add(i - 1);
      }
      subscales.put(name, List.copyOf(indices));
      return this;
    }

    /**
     * Sets the citation for the scoring rules.
     *
     * @param source the citation
     * @return this
     */
    public Builder source(String source) {
      this.source = Objects.requireNonNull(source, "source == null");
      return this;
    }

    /**
     * Builds the instrument.
     *
     * @return the instrument
     * @throws InvalidInputException listing every structural problem: no items, duplicate item ids,
     *     bands that do not partition the total range exactly, proration without sum scoring,
     *     subscales past the last item
     */
    public Instrument build() {
      if (scoring == null) {
        sumScoring();
      }
      List<Violation> v = new ArrayList<>();
      if (items.isEmpty()) {
        v.add(new Violation("instrument.items", "must not be empty"));
      }
      Set<String> ids = new HashSet<>();
      for (Item item : items) {
        if (!ids.add(item.id())) {
          v.add(new Violation("instrument.items", "ids must be distinct"));
        }
      }
      if (!items.isEmpty()) {
        if (summed) {
          minTotal = items.stream().mapToInt(Item::minValue).sum();
          maxTotal = items.stream().mapToInt(Item::maxValue).sum();
        } else if (mean) {
          minTotal = items.stream().mapToInt(Item::minValue).min().orElseThrow();
          maxTotal = items.stream().mapToInt(Item::maxValue).max().orElseThrow();
        }
      }
      if (missingAnswers.maxMissing() > 0 && !summed) {
        v.add(new Violation("instrument.missingAnswers", "proration needs sum scoring"));
      }
      if (missingAnswers.maxMissing() >= Math.max(1, items.size())) {
        v.add(new Violation("instrument.missingAnswers", "must leave at least one item answered"));
      }
      bands.sort(Comparator.comparingInt(Band::min));
      if (bands.isEmpty()) {
        v.add(new Violation("instrument.bands", "must not be empty"));
      } else {
        int expected = minTotal;
        Set<String> names = new HashSet<>();
        for (Band band : bands) {
          if (band.min() != expected) {
            v.add(
                new Violation(
                    "instrument.bands",
                    "must partition " + minTotal + ".." + maxTotal + " without gaps or overlaps"));
            break;
          }
          if (!names.add(band.name())) {
            v.add(new Violation("instrument.bands", "names must be distinct"));
          }
          expected = band.max() + 1;
        }
        if (expected != maxTotal + 1 && v.stream().noneMatch(x -> x.message().contains("gaps"))) {
          v.add(
              new Violation(
                  "instrument.bands",
                  "must partition " + minTotal + ".." + maxTotal + " without gaps or overlaps"));
        }
      }
      for (List<Integer> indices : subscales.values()) {
        if (indices.get(indices.size() - 1) >= items.size()) {
          v.add(new Violation("instrument.subscales", "must refer to existing items"));
        }
      }
      if (!v.isEmpty()) {
        throw new InvalidInputException(v);
      }
      return new Instrument(this);
    }
  }
}
