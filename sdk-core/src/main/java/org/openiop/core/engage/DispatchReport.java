package org.openiop.core.engage;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What one {@link ReminderService#dispatchDue()} did, by idempotency key.
 *
 * @param delivered keys the channel accepted now
 * @param failed keys the channel refused; they stay pending and are retried
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DispatchReport(List<String> delivered, List<String> failed) {
  /** Copies the lists. */
  public DispatchReport {
    delivered = List.copyOf(delivered);
    failed = List.copyOf(failed);
  }
}
