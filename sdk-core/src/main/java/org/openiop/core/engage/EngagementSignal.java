package org.openiop.core.engage;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.TypedId;

/**
 * An event a host app shows to staff (or, for {@link SignalKind#WELCOME_BACK}, uses to greet the
 * participant). The detail states counts and thresholds only, never clinical content.
 *
 * @param kind what it is about; never {@code null}
 * @param person the participant (or support person, for an assignment); never {@code null}
 * @param on the day it refers to; never {@code null}
 * @param detail counts and thresholds, e.g. {@code "2 consecutive no-shows"}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EngagementSignal(SignalKind kind, TypedId person, LocalDate on, String detail) {
  /** Checks presence. */
  public EngagementSignal {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(on, "on == null");
    Objects.requireNonNull(detail, "detail == null");
  }
}
