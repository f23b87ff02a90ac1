package org.openiop.core.schedule;

import org.apiguardian.api.API;
import org.openiop.core.TypedId;

/**
 * Storage for the booking ledger, with optimistic concurrency: every session and every person has a
 * version, and a commit succeeds only if the versions it was checked against are still current.
 *
 * <p>This is the seam through which a host's database makes booking atomic across many nodes: keep
 * a version column per session and per person and apply a {@link LedgerCommit} in one transaction
 * whose updates say {@code WHERE version = ?}. Reads may be served from a replica; a stale read
 * only makes the commit fail and the ledger retry.
 *
 * <p>Implementations must be safe for concurrent use; {@link #commit} must be atomic (all of it or
 * none of it, and no other commit interleaved). They may block on I/O.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface LedgerStore extends CalendarView {

  /**
   * The current version of a session's or a person's calendar; it grows with every commit that
   * touches it.
   *
   * @param resource a session, participant, clinician or support person id; never {@code null}
   * @return 0 if nothing was ever committed for it
   */
  long version(TypedId resource);

  /**
   * Applies {@code commit} if every expected version is still current.
   *
   * @param commit the change; never {@code null}
   * @return true if applied; false (and nothing changed) if any version moved on
   */
  boolean commit(LedgerCommit commit);

  /**
   * A thread-safe in-memory store backed by a {@link ConflictIndex} per person.
   *
   * @return a new, empty store
   */
  static LedgerStore inMemory() {
    return new InMemoryLedgerStore();
  }
}
