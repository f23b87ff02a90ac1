package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;

/**
 * Receives audit events; the SDK calls it for every access decision and every PHI access.
 *
 * <p>Contract: implementations must be safe for concurrent use and must not lose an event that
 * {@link #append} accepted. {@code append} may block (for example on an {@code fsync}). If an event
 * cannot be recorded, {@code append} must throw {@link AuditFailureException}; callers then fail
 * closed (the access does not happen). An implementation must never throw for any other reason and
 * must never log the event's fields beyond ids and codes.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface AuditSink {
  /**
   * Records one event durably according to the sink's policy.
   *
   * @param event the event; never {@code null}
   * @throws AuditFailureException if the event could not be recorded
   */
  void append(AuditEvent event);
}
