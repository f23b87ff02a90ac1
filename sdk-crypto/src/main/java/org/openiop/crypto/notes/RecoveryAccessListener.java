package org.openiop.crypto.notes;

import org.apiguardian.api.API;

/**
 * Receives an event each time the organization recovery reader opens a note; the host adapts it to
 * its audit trail.
 *
 * <p>Called on the opening thread after the envelope's signatures have verified and before any
 * plaintext is returned. If it throws, the open fails and no plaintext is returned, so an access
 * that cannot be audited does not happen. Implementations must be safe for concurrent use and
 * should be fast (they may write to a durable log).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RecoveryAccessListener {
  /** A listener that records nothing; only for hosts without a recovery reader. */
  RecoveryAccessListener NONE = event -> {};

  /**
   * Records a recovery access.
   *
   * @param event what happened; never {@code null}
   */
  void recoveryOpened(RecoveryAccessEvent event);
}
