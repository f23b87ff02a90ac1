package org.openiop.core.privacy.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An {@link AuditSink} that keeps events in memory, for tests, demos and hosts that forward events
 * elsewhere themselves. It offers no tamper evidence and no durability.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InMemoryAuditSink implements AuditSink {
  private final List<AuditEvent> events = new ArrayList<>();

  /** Creates an empty sink. */
  public InMemoryAuditSink() {}

  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    synchronized (events) {
      events.add(event);
    }
  }

  /**
   * A snapshot of the events so far, in append order.
   *
   * @return an immutable copy
   */
  public List<AuditEvent> events() {
    synchronized (events) {
      return List.copyOf(events);
    }
  }
}
