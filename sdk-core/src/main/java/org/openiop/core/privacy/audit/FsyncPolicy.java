package org.openiop.core.privacy.audit;

import org.apiguardian.api.API;

/**
 * When {@link FileAuditSink} forces appended entries to stable storage.
 *
 * <p>Whatever the policy, every accepted entry has been handed to the operating system before
 * {@code append} returns, so a crash of the JVM loses nothing; the policy decides what a power loss
 * or kernel crash may lose. Checkpoints and {@code close} always force.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FsyncPolicy {
  private final int everyEntries;

  private FsyncPolicy(int everyEntries) {
    this.everyEntries = everyEntries;
  }

  /**
   * Forces before every {@code append} returns. Concurrent appenders share one {@code fsync} (group
   * commit), so throughput grows with the number of threads.
   *
   * @return the policy
   */
  public static FsyncPolicy always() {
    return new FsyncPolicy(1);
  }

  /**
   * Forces after every {@code n}-th entry; a power loss may lose up to {@code n - 1} entries.
   *
   * @param n at least 1
   * @return the policy
   */
  public static FsyncPolicy everyEntries(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n < 1: " + n);
    }
    return new FsyncPolicy(n);
  }

  /**
   * Forces only at checkpoints and on close; a power loss may lose the entries since the last
   * checkpoint.
   *
   * @return the policy
   */
  public static FsyncPolicy atCheckpoints() {
    return new FsyncPolicy(0);
  }

  /** 1 = always, n = every n entries, 0 = at checkpoints only. */
  int everyEntries() {
    return everyEntries;
  }

  @Override
  public String toString() {
    return everyEntries == 0
        ? "FsyncPolicy.atCheckpoints"
        : everyEntries == 1
            ? "FsyncPolicy.always"
            : "FsyncPolicy.everyEntries(" + everyEntries + ")";
  }
}
