package org.openiop.core.privacy.audit;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of verifying an audit log: counts, and the first problem if there is one.
 *
 * @param events how many audit events were read before the first problem (checkpoints excluded)
 * @param checkpoints how many signed checkpoints verified
 * @param lastSeq the sequence number of the last good entry, or 0
 * @param recoveries how many torn tails were quarantined by {@link
 *     FileAuditSink.Builder#recoverTornTail()}
 * @param problem the first problem, or {@code null} if the log is intact
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AuditVerification(
    long events, long checkpoints, long lastSeq, long recoveries, @Nullable AuditProblem problem) {

  /**
   * Whether the whole log verified.
   *
   * @return true if no problem was found
   */
  public boolean intact() {
    return problem == null;
  }

  /**
   * The first problem found.
   *
   * @return the problem, or empty if the log is intact
   */
  public Optional<AuditProblem> firstProblem() {
    return Optional.ofNullable(problem);
  }

  AuditVerification withProblem(AuditProblem p) {
    return new AuditVerification(
        events, checkpoints, lastSeq, recoveries, Objects.requireNonNull(p, "p == null"));
  }
}
