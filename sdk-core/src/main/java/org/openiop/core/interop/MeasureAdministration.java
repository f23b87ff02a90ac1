package org.openiop.core.interop;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.measure.Instrument;
import org.openiop.core.measure.MeasurementRecord;

/**
 * One scored administration with its item answers, as the FHIR export needs them: {@link
 * MeasurementRecord} keeps the score, this adds the answers for the QuestionnaireResponse.
 *
 * @param instrument the instrument answered; never {@code null}
 * @param record the scored record; its instrument id must match; never {@code null}
 * @param answers the answer value per item in item order, {@code null} where unanswered; as many as
 *     the instrument has items
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeasureAdministration(
    Instrument instrument, MeasurementRecord record, List<@Nullable Integer> answers) {

  /** Checks presence, that the record is for the instrument and the answer count. */
  public MeasureAdministration {
    Objects.requireNonNull(instrument, "instrument == null");
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(answers, "answers == null");
    answers = Collections.unmodifiableList(new ArrayList<>(answers));
    if (!instrument.id().equals(record.instrumentId())) {
      throw InvalidInputException.of("record.instrumentId", "must be the instrument's id");
    }
    if (answers.size() != instrument.items().size()) {
      throw InvalidInputException.of("answers", "must have one entry per item");
    }
  }

  @Override
  public String toString() {
    return "MeasureAdministration[participant="
        + record.participant()
        + ", instrument="
        + instrument.id()
        + ", redacted]";
  }
}
