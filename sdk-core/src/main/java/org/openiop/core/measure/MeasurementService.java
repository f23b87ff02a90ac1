package org.openiop.core.measure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;

/**
 * Records scored measurements per participant and instrument, raises a risk signal for every risk
 * flag before returning, and computes progress.
 *
 * <pre>{@code
 * var service = new MeasurementService(riskSignals, clock, ProgressCriteria.defaults());
 * var recorded = service.record(participant, Instruments.PHQ_9, answers, Jurisdiction.of("US-CA"));
 * // recorded.signals() were already delivered to the escalation policy
 * }</pre>
 *
 * <p>Keeps records in memory; safe for concurrent use. Logs nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MeasurementService {
  private final RiskSignals riskSignals;
  private final Clock clock;
  private final ProgressCriteria criteria;
  private final Map<Key, List<MeasurementRecord>> records = new ConcurrentHashMap<>();

  private record Key(ParticipantId participant, String instrumentId) {}

  /**
   * The outcome of recording one administration.
   *
   * @param record the stored record
   * @param signals the risk signals raised and already delivered, possibly empty
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Recorded(MeasurementRecord record, List<RiskSignal> signals) {
    /** Copies the list. */
    public Recorded {
      Objects.requireNonNull(record, "record == null");
      signals = List.copyOf(signals);
    }
  }

  /**
   * Creates the service.
   *
   * @param riskSignals where risk flags become signals
   * @param clock the time source
   * @param criteria the progress rules
   */
  public MeasurementService(RiskSignals riskSignals, Clock clock, ProgressCriteria criteria) {
    this.riskSignals = Objects.requireNonNull(riskSignals, "riskSignals == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    this.criteria = Objects.requireNonNull(criteria, "criteria == null");
  }

  /**
   * Scores answers, stores the record, and delivers a risk signal for each risk flag before
   * returning. If the escalation policy throws, the exception propagates and nothing is stored.
   *
   * @param participant who answered
   * @param instrument which instrument
   * @param answers one per item; {@code null} elements are unanswered
   * @param jurisdiction where the participant is now, for crisis resources, or {@code null}
   * @return the record and the delivered signals
   * @throws InvalidInputException if the answers cannot be scored
   */
  public Recorded record(
      ParticipantId participant,
      Instrument instrument,
      List<@Nullable Integer> answers,
      @Nullable Jurisdiction jurisdiction) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(instrument, "instrument == null");
    Score score = instrument.score(answers);
    MeasurementRecord record =
        new MeasurementRecord(participant, instrument.id(), clock.instant(), score);
    List<RiskSignal> signals = riskSignals.fromScore(participant, score, jurisdiction);
    List<MeasurementRecord> list =
        records.computeIfAbsent(new Key(participant, instrument.id()), k -> new ArrayList<>());
    synchronized (list) {
      list.add(record);
    }
    return new Recorded(record, signals);
  }

  /**
   * A participant's records on one instrument, oldest first.
   *
   * @param participant whom
   * @param instrumentId which instrument
   * @return a snapshot, possibly empty
   */
  public List<MeasurementRecord> series(ParticipantId participant, String instrumentId) {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(instrumentId, "instrumentId == null");
    List<MeasurementRecord> list = records.get(new Key(participant, instrumentId));
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  /**
   * Progress on one instrument as of now.
   *
   * @param participant whom
   * @param instrument which instrument
   * @return the progress
   * @throws InvalidInputException if there are no records yet
   */
  public Progress progress(ParticipantId participant, Instrument instrument) {
    Objects.requireNonNull(instrument, "instrument == null");
    return Progress.of(instrument, series(participant, instrument.id()), criteria, clock.instant());
  }
}
