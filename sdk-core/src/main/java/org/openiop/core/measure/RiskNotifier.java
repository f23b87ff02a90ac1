package org.openiop.core.measure;

import org.apiguardian.api.API;

/**
 * The host's way to put a risk signal in front of a clinician (pager, on-call phone, task queue),
 * used by {@link AcknowledgementRequiredPolicy} for the first delivery and for each re-raise.
 *
 * <p>Called synchronously; must be safe for concurrent use; must throw rather than drop a signal it
 * cannot deliver. The signal is PHI: log its id only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RiskNotifier {
  /**
   * Delivers a signal.
   *
   * @param signal the signal; never {@code null}
   * @param attempt 1 for the first delivery, 2 and up for re-raises
   */
  void notify(RiskSignal signal, int attempt);
}
