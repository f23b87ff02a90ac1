package org.openiop.core.measure;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;

/**
 * One scored administration of an instrument by a participant. PHI: {@code toString} shows ids
 * only.
 *
 * @param participant who answered
 * @param instrumentId which instrument
 * @param takenAt when
 * @param score the score
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeasurementRecord(
    ParticipantId participant, String instrumentId, Instant takenAt, Score score) {
  /** Checks presence and that the score belongs to the instrument. */
  public MeasurementRecord {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    Objects.requireNonNull(takenAt, "takenAt == null");
    Objects.requireNonNull(score, "score == null");
    if (!score.instrumentId().equals(instrumentId)) {
      throw new IllegalArgumentException("score is for another instrument");
    }
  }

  @Override
  public String toString() {
    return "MeasurementRecord[participant="
        + participant
        + ", instrument="
        + instrumentId
        + ", (redacted)]";
  }
}
