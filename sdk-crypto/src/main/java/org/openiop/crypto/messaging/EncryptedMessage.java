package org.openiop.crypto.messaging;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * A message as stored and relayed: routing fields in the clear, the body encrypted under the epoch
 * key with every field bound into the AAD, and the sender's signature. No plaintext.
 *
 * @param threadId the thread; never {@code null}
 * @param epoch the epoch whose key encrypted it
 * @param sender who sent it; never {@code null}
 * @param senderKeyId the sender's signing kid; never {@code null}
 * @param sequence the sender's sequence number in this epoch, from 0, strictly increasing
 * @param sentAt the sender's clock, whole seconds; never {@code null}
 * @param ciphertext base64url {@code iv || ct || tag}; never {@code null}
 * @param signature base64url Ed25519 signature; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EncryptedMessage(
    ThreadId threadId,
    long epoch,
    Principal sender,
    String senderKeyId,
    long sequence,
    Instant sentAt,
    String ciphertext,
    String signature) {
  /** Checks the components. */
  public EncryptedMessage {
    Objects.requireNonNull(threadId, "threadId == null");
    Objects.requireNonNull(sender, "sender == null");
    Objects.requireNonNull(senderKeyId, "senderKeyId == null");
    Objects.requireNonNull(sentAt, "sentAt == null");
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    Objects.requireNonNull(signature, "signature == null");
    if (org.openiop.crypto.internal.Encoding.parseKid(senderKeyId).isEmpty()) {
      throw new IllegalArgumentException("senderKeyId must be 8 lower-case hex digits");
    }
    if (epoch < 0 || sequence < 0) {
      throw new IllegalArgumentException("epoch and sequence must be >= 0");
    }
  }
}
