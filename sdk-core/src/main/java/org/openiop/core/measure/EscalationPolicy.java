package org.openiop.core.measure;

import org.apiguardian.api.API;

/**
 * Receives every risk signal, synchronously, on the thread that raised it: the call that recorded
 * the score (or the screen, or the clinician's entry) does not return before {@link
 * #escalate(RiskSignal)} has returned.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>An implementation must route the signal to a human (page, call, task) before returning, or
 *       keep it in a durable queue that does. It must never drop a signal.
 *   <li>It may block briefly. If it cannot take the signal it must throw; the exception propagates
 *       to the caller that recorded the score, so the failure is loud, never swallowed.
 *   <li>Implementations must be safe for concurrent use.
 *   <li>The signal is PHI: log its id only.
 * </ul>
 *
 * <p>The default, {@link AcknowledgementRequiredPolicy}, also requires a clinician's
 * acknowledgement within a set time and re-raises what is not acknowledged.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface EscalationPolicy {
  /**
   * Takes one signal.
   *
   * @param signal the signal; never {@code null}
   */
  void escalate(RiskSignal signal);
}
