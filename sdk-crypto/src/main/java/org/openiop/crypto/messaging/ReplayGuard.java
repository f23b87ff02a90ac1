package org.openiop.crypto.messaging;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * Remembers, per thread, epoch and sender, the highest sequence number accepted, so that a replayed
 * or reordered message is refused. One per receiving client; persist {@link #lastAccepted} with the
 * client's state if it restarts. Safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReplayGuard {
  private final Map<String, Long> last = new ConcurrentHashMap<>();

  /** Creates an empty guard. */
  public ReplayGuard() {}

  /**
   * Accepts a sequence number if it is higher than every one accepted before from that sender in
   * that epoch.
   *
   * @param thread the thread; never {@code null}
   * @param epoch the epoch
   * @param sender the sender; never {@code null}
   * @param sequence the number
   * @return true if accepted (and recorded), false if a replay or out of order
   */
  boolean accept(ThreadId thread, long epoch, Principal sender, long sequence) {
    Objects.requireNonNull(thread, "thread == null");
    Objects.requireNonNull(sender, "sender == null");
    boolean[] ok = {false};
    last.compute(
        key(thread, epoch, sender),
        (k, prev) -> {
          if (prev == null || sequence > prev) {
            ok[0] = true;
            return sequence;
          }
          return prev;
        });
    return ok[0];
  }

  /**
   * The highest sequence number accepted from a sender in an epoch.
   *
   * @param thread the thread; never {@code null}
   * @param epoch the epoch
   * @param sender the sender; never {@code null}
   * @return the number, or -1 if none
   */
  public long lastAccepted(ThreadId thread, long epoch, Principal sender) {
    return last.getOrDefault(key(thread, epoch, sender), -1L);
  }

  private static String key(ThreadId thread, long epoch, Principal sender) {
    return thread.value() + "\u0000" + epoch + "\u0000" + sender.text();
  }
}
