package org.openiop.core.measure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;

/**
 * A participant's progress on one instrument: the series, change from baseline, response,
 * remission, reliable change and the off-track signal, in a shape a chart can draw directly.
 *
 * <p>Baseline is the first measurement, latest the last. PHI: {@code toString} shows ids only.
 *
 * @param participant whom it concerns
 * @param instrumentId which instrument
 * @param points the series in time order, at least one
 * @param bands the instrument's bands, for shading a chart
 * @param minTotal the scale's minimum, for the chart's axis
 * @param maxTotal the scale's maximum
 * @param change latest minus baseline
 * @param percentReduction (baseline - latest) / baseline, or {@code null} when baseline is 0
 * @param response whether the reduction reached the response criterion
 * @param remission whether the latest total is below the remission threshold, or {@code null} when
 *     no threshold is configured for this instrument
 * @param reliableChangeThreshold the points a reliable change must exceed, or {@code null} when no
 *     parameters are configured
 * @param reliableChange the category of latest versus baseline, or {@code null} without parameters
 * @param offTrack whether, at least {@code offTrackAfterWeeks} after baseline, the latest score is
 *     not a reliable improvement ({@code false} without parameters)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Progress(
    ParticipantId participant,
    String instrumentId,
    List<Point> points,
    List<Band> bands,
    int minTotal,
    int maxTotal,
    int change,
    @Nullable Double percentReduction,
    boolean response,
    @Nullable Boolean remission,
    @Nullable Double reliableChangeThreshold,
    ReliableChange.@Nullable Category reliableChange,
    boolean offTrack) {

  /**
   * One point of the series.
   *
   * @param takenAt when
   * @param weeksFromBaseline fractional weeks since the baseline measurement
   * @param total the total
   * @param band the band name
   * @param rci the reliable change index against baseline, or {@code null} without parameters
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Point(
      Instant takenAt, double weeksFromBaseline, int total, String band, @Nullable Double rci) {}

  /** Copies the lists. */
  public Progress {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    points = List.copyOf(points);
    bands = List.copyOf(bands);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("points is empty");
    }
  }

  /**
   * Computes progress from a participant's records on one instrument.
   *
   * @param instrument the instrument
   * @param records the records, any order, at least one, all for the instrument and one participant
   * @param criteria the rules
   * @param now the current time, for the off-track signal
   * @return the progress
   */
  public static Progress of(
      Instrument instrument,
      List<MeasurementRecord> records,
      ProgressCriteria criteria,
      Instant now) {
    Objects.requireNonNull(instrument, "instrument == null");
    Objects.requireNonNull(records, "records == null");
    Objects.requireNonNull(criteria, "criteria == null");
    Objects.requireNonNull(now, "now == null");
    if (records.isEmpty()) {
      throw InvalidInputException.of("records", "must not be empty");
    }
    List<MeasurementRecord> sorted = new ArrayList<>(records);
    sorted.sort(Comparator.comparing(MeasurementRecord::takenAt));
    ParticipantId participant = sorted.get(0).participant();
    for (MeasurementRecord r : sorted) {
      if (!r.participant().equals(participant) || !r.instrumentId().equals(instrument.id())) {
        throw InvalidInputException.of(
            "records", "must all be for one participant and the instrument " + instrument.id());
      }
    }
    MeasurementRecord first = sorted.get(0);
    MeasurementRecord last = sorted.get(sorted.size() - 1);
    int baseline = first.score().total();
    int latest = last.score().total();
    ReliableChange rc = criteria.reliableChangeFor(instrument.id()).orElse(null);
    List<Point> points = new ArrayList<>();
    for (MeasurementRecord r : sorted) {
      double weeks = weeksBetween(first.takenAt(), r.takenAt());
      Double rci = rc == null ? null : rc.index(baseline, r.score().total());
      points.add(new Point(r.takenAt(), weeks, r.score().total(), r.score().band(), rci));
    }
    Double reduction = baseline == 0 ? null : (baseline - latest) / (double) baseline;
    boolean response = reduction != null && reduction >= criteria.responseReduction() - 1e-12;
    Integer below = criteria.remissionBelow().get(instrument.id());
    Boolean remission = below == null ? null : latest < below;
    ReliableChange.Category category = rc == null ? null : rc.categorise(baseline, latest);
    boolean offTrack =
        rc != null
            && weeksBetween(first.takenAt(), now) >= criteria.offTrackAfterWeeks()
            && category != ReliableChange.Category.RELIABLE_IMPROVEMENT;
    return new Progress(
        participant,
        instrument.id(),
        points,
        instrument.bands(),
        instrument.minTotal(),
        instrument.maxTotal(),
        latest - baseline,
        reduction,
        response,
        remission,
        rc == null ? null : rc.threshold(),
        category,
        offTrack);
  }

  private static double weeksBetween(Instant from, Instant to) {
    return Duration.between(from, to).toSeconds() / (7.0 * 24 * 3600);
  }

  @Override
  public String toString() {
    return "Progress[participant=" + participant + ", instrument=" + instrumentId + ", (redacted)]";
  }
}
