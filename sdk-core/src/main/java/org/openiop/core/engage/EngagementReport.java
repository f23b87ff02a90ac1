package org.openiop.core.engage;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What one evaluation found: signals to show and outreach tasks to open.
 *
 * @param signals the signals, in {@link SignalKind} order
 * @param tasks the outreach tasks
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngagementReport(List<EngagementSignal> signals, List<OutreachTask> tasks) {
  /** Copies the lists. */
  public EngagementReport {
    signals = List.copyOf(signals);
    tasks = List.copyOf(tasks);
  }

  /**
   * Whether a signal of a kind was raised.
   *
   * @param kind the kind; never {@code null}
   * @return true if present
   */
  public boolean has(SignalKind kind) {
    return signals.stream().anyMatch(s -> s.kind() == kind);
  }
}
