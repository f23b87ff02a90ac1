package org.openiop.core.schedule;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

/**
 * One atomic change to the ledger: the versions it was checked against, the entries to write and
 * the sessions to delete. A store applies it only if every expected version is still current, then
 * increments the version of every resource listed.
 *
 * @param expectedVersions the version of every session and person the change was checked against;
 *     never {@code null}
 * @param upserts entries to write (replacing any with the same session id); never {@code null}
 * @param removals sessions to delete; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LedgerCommit(
    Map<TypedId, Long> expectedVersions, List<LedgerEntry> upserts, Set<SessionId> removals) {

  /** Checks the parts, copies them and checks that every touched resource has a version. */
  public LedgerCommit {
    expectedVersions = Map.copyOf(Objects.requireNonNull(expectedVersions, "expectedVersions"));
    upserts = List.copyOf(Objects.requireNonNull(upserts, "upserts == null"));
    removals = Set.copyOf(Objects.requireNonNull(removals, "removals == null"));
    for (LedgerEntry e : upserts) {
      if (!expectedVersions.containsKey(e.sessionId())) {
        throw new IllegalArgumentException("upsert without an expected session version");
      }
      for (TypedId person : e.people()) {
        if (!expectedVersions.containsKey(person)) {
          throw new IllegalArgumentException("upsert without an expected person version");
        }
      }
    }
    for (SessionId id : removals) {
      if (!expectedVersions.containsKey(id)) {
        throw new IllegalArgumentException("removal without an expected session version");
      }
    }
  }
}
