package org.openiop.crypto.messaging;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * One membership epoch of a thread: its members and the epoch key wrapped (HPKE) for each, signed
 * by the member who started the epoch and chained to the previous epoch by hash. Holds no plaintext
 * key. Immutable.
 *
 * @param threadId the thread; never {@code null}
 * @param epoch 0 for the first epoch, +1 per membership change
 * @param previousHash base64url SHA-256 of the previous epoch's signed bytes, empty for epoch 0
 * @param startedBy who started the epoch; never {@code null}
 * @param startedByKeyId their signing kid; never {@code null}
 * @param members the members, sorted; never {@code null}
 * @param wrappers one per member, sorted by member; never {@code null}
 * @param signature base64url Ed25519 signature by {@code startedBy}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EpochRecord(
    ThreadId threadId,
    long epoch,
    String previousHash,
    Principal startedBy,
    String startedByKeyId,
    SortedSet<Principal> members,
    List<Wrapper> wrappers,
    String signature) {

  /**
   * The epoch key sealed to one member's X25519 key.
   *
   * @param to the member; never {@code null}
   * @param keyId the member's HPKE kid; never {@code null}
   * @param enc base64url {@code enc || ct}; never {@code null}
   */
  public record Wrapper(Principal to, String keyId, String enc) {
    /** Checks the components. */
    public Wrapper {
      Objects.requireNonNull(to, "to == null");
      Objects.requireNonNull(keyId, "keyId == null");
      Objects.requireNonNull(enc, "enc == null");
      if (org.openiop.crypto.internal.Encoding.parseKid(keyId).isEmpty()
          || !org.openiop.crypto.internal.CanonicalJson.isAllowed(enc)) {
        throw new IllegalArgumentException("malformed wrapper");
      }
    }
  }

  /** Checks and copies the components. */
  public EpochRecord {
    Objects.requireNonNull(threadId, "threadId == null");
    Objects.requireNonNull(previousHash, "previousHash == null");
    Objects.requireNonNull(startedBy, "startedBy == null");
    Objects.requireNonNull(startedByKeyId, "startedByKeyId == null");
    Objects.requireNonNull(signature, "signature == null");
    members = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(members));
    wrappers = List.copyOf(wrappers);
    if (!org.openiop.crypto.internal.CanonicalJson.isAllowed(previousHash)
        || !org.openiop.crypto.internal.CanonicalJson.isAllowed(signature)
        || org.openiop.crypto.internal.Encoding.parseKid(startedByKeyId).isEmpty()) {
      throw new IllegalArgumentException("malformed epoch record");
    }
    if (epoch < 0) {
      throw new IllegalArgumentException("epoch < 0");
    }
  }

  /**
   * Whether a principal is a member of this epoch.
   *
   * @param p the principal
   * @return true if a member
   */
  public boolean hasMember(Principal p) {
    return members.contains(p);
  }

  /**
   * The members, as a set.
   *
   * @return never {@code null}
   */
  public Set<Principal> memberSet() {
    return members;
  }
}
