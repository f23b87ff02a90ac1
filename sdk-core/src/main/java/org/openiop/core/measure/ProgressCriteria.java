package org.openiop.core.measure;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * The configurable rules progress is judged by: response (a reduction from baseline of at least
 * {@code responseReduction}, 50 % by default), remission (a total below a per-instrument threshold:
 * PHQ-9 below 5, GAD-7 below 5 by default), reliable change parameters per instrument, and the week
 * by which a participant without reliable improvement is "off track" (4 by default).
 *
 * <p>Immutable.
 *
 * @param responseReduction the fraction of the baseline total that must be gone, in (0, 1]
 * @param remissionBelow per instrument id, the total a latest score must be below
 * @param reliableChange per instrument id, the Jacobson-Truax parameters
 * @param offTrackAfterWeeks weeks from baseline after which no reliable improvement is off track
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProgressCriteria(
    double responseReduction,
    Map<String, Integer> remissionBelow,
    Map<String, ReliableChange> reliableChange,
    int offTrackAfterWeeks) {

  /** Checks ranges and copies the maps. */
  public ProgressCriteria {
    if (!(responseReduction > 0 && responseReduction <= 1)) {
      throw InvalidInputException.of("responseReduction", "must be in (0, 1]");
    }
    if (offTrackAfterWeeks < 1) {
      throw InvalidInputException.of("offTrackAfterWeeks", "must be at least 1");
    }
    remissionBelow = Map.copyOf(remissionBelow);
    reliableChange = Map.copyOf(reliableChange);
  }

  /**
   * The defaults: 50 % response, remission PHQ-9 &lt; 5 and GAD-7 &lt; 5, the built-in reliable
   * change parameters, off track after 4 weeks.
   *
   * @return the defaults
   */
  public static ProgressCriteria defaults() {
    return new ProgressCriteria(
        0.5,
        Map.of("phq-9", 5, "gad-7", 5),
        Map.of("phq-9", ReliableChange.PHQ_9, "gad-7", ReliableChange.GAD_7),
        4);
  }

  /**
   * A copy with another response reduction.
   *
   * @param fraction in (0, 1]
   * @return the copy
   */
  public ProgressCriteria withResponseReduction(double fraction) {
    return new ProgressCriteria(fraction, remissionBelow, reliableChange, offTrackAfterWeeks);
  }

  /**
   * A copy with another off-track week.
   *
   * @param weeks at least 1
   * @return the copy
   */
  public ProgressCriteria withOffTrackAfterWeeks(int weeks) {
    return new ProgressCriteria(responseReduction, remissionBelow, reliableChange, weeks);
  }

  /**
   * A copy with reliable change parameters for one instrument.
   *
   * @param instrumentId the instrument
   * @param parameters the parameters
   * @return the copy
   */
  public ProgressCriteria withReliableChange(String instrumentId, ReliableChange parameters) {
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    Objects.requireNonNull(parameters, "parameters == null");
    Map<String, ReliableChange> copy = new HashMap<>(reliableChange);
    copy.put(instrumentId, parameters);
    return new ProgressCriteria(responseReduction, remissionBelow, copy, offTrackAfterWeeks);
  }

  /**
   * A copy with a remission threshold for one instrument.
   *
   * @param instrumentId the instrument
   * @param below the total a latest score must be below
   * @return the copy
   */
  public ProgressCriteria withRemissionBelow(String instrumentId, int below) {
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    Map<String, Integer> copy = new HashMap<>(remissionBelow);
    copy.put(instrumentId, below);
    return new ProgressCriteria(responseReduction, copy, reliableChange, offTrackAfterWeeks);
  }

  Optional<ReliableChange> reliableChangeFor(String instrumentId) {
    return Optional.ofNullable(reliableChange.get(instrumentId));
  }
}
