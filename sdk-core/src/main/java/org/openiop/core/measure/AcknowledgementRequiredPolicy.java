package org.openiop.core.measure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default escalation policy: delivers each signal to the host's {@link RiskNotifier} at once,
 * then requires a clinician's acknowledgement within a set time; a signal not acknowledged in time
 * is re-raised (delivered again, with the attempt number) and its deadline restarts, until someone
 * acknowledges it.
 *
 * <p>Time comes from the injected {@link Clock}. The policy starts no threads: the host calls
 * {@link #reRaiseOverdue()} on a schedule (every minute, say, or at {@link #nextDeadline()}); tests
 * call it after moving a fixed clock.
 *
 * <pre>{@code
 * var policy = AcknowledgementRequiredPolicy.builder(clock, pager::page)
 *     .acknowledgeWithin(Duration.ofMinutes(15)).build();
 * scheduler.scheduleAtFixedRate(policy::reRaiseOverdue, 1, 1, TimeUnit.MINUTES);
 * }</pre>
 *
 * <p>Safe for concurrent use. Logs signal ids and attempt numbers only, never PHI. Pending signals
 * live in memory: a host running several nodes keeps the acknowledgement state in its own store and
 * implements {@link EscalationPolicy} itself.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AcknowledgementRequiredPolicy implements EscalationPolicy {
  private static final Logger LOG = LoggerFactory.getLogger(AcknowledgementRequiredPolicy.class);

  /** Who acknowledged a signal, and when. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Acknowledgement(RiskSignalId signal, ClinicianId by, Instant at, int attempts) {
    /** Checks presence. */
    public Acknowledgement {
      Objects.requireNonNull(signal, "signal == null");
      Objects.requireNonNull(by, "by == null");
      Objects.requireNonNull(at, "at == null");
    }
  }

  /** A delivered signal waiting for acknowledgement. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Pending(RiskSignal signal, Instant deadline, int attempts) {
    /** Checks presence. */
    public Pending {
      Objects.requireNonNull(signal, "signal == null");
      Objects.requireNonNull(deadline, "deadline == null");
    }
  }

  private final Clock clock;
  private final RiskNotifier notifier;
  private final Duration acknowledgeWithin;
  private final Object lock = new Object();
  private final Map<RiskSignalId, Pending> pending = new LinkedHashMap<>();
  private final Map<RiskSignalId, Acknowledgement> acknowledged = new LinkedHashMap<>();

  private AcknowledgementRequiredPolicy(Builder b) {
    this.clock = b.clock;
    this.notifier = b.notifier;
    this.acknowledgeWithin = b.acknowledgeWithin;
  }

  /**
   * Starts a builder.
   *
   * @param clock the time source
   * @param notifier how signals reach a clinician
   * @return a builder with a 15-minute acknowledgement time
   */
  public static Builder builder(Clock clock, RiskNotifier notifier) {
    return new Builder(clock, notifier);
  }

  @Override
  public void escalate(RiskSignal signal) {
    Objects.requireNonNull(signal, "signal == null");
    synchronized (lock) {
      if (pending.containsKey(signal.id()) || acknowledged.containsKey(signal.id())) {
        return;
      }
      notifier.notify(signal, 1);
      pending.put(signal.id(), new Pending(signal, clock.instant().plus(acknowledgeWithin), 1));
      LOG.info(
          "risk signal {} delivered, acknowledgement due within {}",
          signal.id(),
          acknowledgeWithin);
    }
  }

  /**
   * Records a clinician's acknowledgement; the signal is no longer re-raised.
   *
   * @param signal the signal's id
   * @param by the clinician
   * @return the acknowledgement (the earlier one if it was already acknowledged)
   * @throws InvalidInputException if the policy never received the signal
   */
  public Acknowledgement acknowledge(RiskSignalId signal, ClinicianId by) {
    Objects.requireNonNull(signal, "signal == null");
    Objects.requireNonNull(by, "by == null");
    synchronized (lock) {
      Acknowledgement earlier = acknowledged.get(signal);
      if (earlier != null) {
        return earlier;
      }
      Pending p = pending.remove(signal);
      if (p == null) {
        throw InvalidInputException.of("signal", "is not known to this policy");
      }
      Acknowledgement ack = new Acknowledgement(signal, by, clock.instant(), p.attempts());
      acknowledged.put(signal, ack);
      LOG.info("risk signal {} acknowledged by clinician {}", signal, by);
      return ack;
    }
  }

  /**
   * Re-raises every signal whose acknowledgement deadline has passed: delivers it again with the
   * next attempt number and restarts its deadline.
   *
   * @return the re-raised signals, oldest deadline first
   */
  public List<Pending> reRaiseOverdue() {
    Instant now = clock.instant();
    List<Pending> raised = new ArrayList<>();
    synchronized (lock) {
      List<Pending> overdue =
          pending.values().stream()
              .filter(p -> !p.deadline().isAfter(now))
              .sorted(Comparator.comparing(Pending::deadline))
              .toList();
      for (Pending p : overdue) {
        int attempt = p.attempts() + 1;
        LOG.warn(
            "risk signal {} not acknowledged in time; re-raising (attempt {})",
            p.signal().id(),
            attempt);
        notifier.notify(p.signal(), attempt);
        Pending next = new Pending(p.signal(), now.plus(acknowledgeWithin), attempt);
        pending.put(p.signal().id(), next);
        raised.add(next);
      }
    }
    return raised;
  }

  /**
   * The signals waiting for acknowledgement.
   *
   * @return a snapshot, in delivery order
   */
  public List<Pending> pending() {
    synchronized (lock) {
      return List.copyOf(pending.values());
    }
  }

  /**
   * The acknowledgement of a signal, if any.
   *
   * @param signal the id
   * @return the acknowledgement, or empty
   */
  public Optional<Acknowledgement> acknowledgement(RiskSignalId signal) {
    synchronized (lock) {
      return Optional.ofNullable(acknowledged.get(signal));
    }
  }

  /**
   * The earliest acknowledgement deadline, for scheduling the next {@link #reRaiseOverdue()}.
   *
   * @return the deadline, or empty when nothing is pending
   */
  public Optional<Instant> nextDeadline() {
    synchronized (lock) {
      return pending.values().stream().map(Pending::deadline).min(Comparator.naturalOrder());
    }
  }

  /** Builds the policy. */
  public static final class Builder {
    private final Clock clock;
    private final RiskNotifier notifier;
    private Duration acknowledgeWithin = Duration.ofMinutes(15);

    private Builder(Clock clock, RiskNotifier notifier) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      this.notifier = Objects.requireNonNull(notifier, "notifier == null");
    }

    /**
     * Sets how long a clinician has to acknowledge a signal before it is re-raised.
     *
     * @param within more than zero and at most 24 hours
     * @return this
     */
    public Builder acknowledgeWithin(Duration within) {
      Objects.requireNonNull(within, "within == null");
      if (within.isNegative() || within.isZero() || within.compareTo(Duration.ofHours(24)) > 0) {
        throw InvalidInputException.of("acknowledgeWithin", "must be more than 0 and at most 24h");
      }
      this.acknowledgeWithin = within;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public AcknowledgementRequiredPolicy build() {
      return new AcknowledgementRequiredPolicy(this);
    }
  }
}
