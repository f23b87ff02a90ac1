package org.openiop.core.engage;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;

/**
 * A task for staff to reach out to a participant. The id is derived from what caused it, so
 * evaluating the same history twice opens the same task, not a second one.
 *
 * @param id the task id, {@code out-} and the cause
 * @param participant whom to reach; never {@code null}
 * @param reason the signal that opened it; never {@code null}
 * @param openedAt when opened; never {@code null}
 * @param dueBy when staff should have acted; after {@code openedAt}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OutreachTask(
    String id, ParticipantId participant, SignalKind reason, Instant openedAt, Instant dueBy) {
  /** Checks presence and order. */
  public OutreachTask {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(openedAt, "openedAt == null");
    Objects.requireNonNull(dueBy, "dueBy == null");
    if (!dueBy.isAfter(openedAt)) {
      throw InvalidInputException.of("dueBy", "must be after openedAt");
    }
  }
}
