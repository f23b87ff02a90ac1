package org.openiop.crypto.messaging;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * A message that verified and decrypted. The body is content (possibly PHI): {@code toString} shows
 * ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReceivedMessage {
  private final ThreadId threadId;
  private final long epoch;
  private final Principal sender;
  private final long sequence;
  private final Instant sentAt;
  private final byte[] body;
  private final boolean gapBefore;

  ReceivedMessage(
      ThreadId threadId,
      long epoch,
      Principal sender,
      long sequence,
      Instant sentAt,
      byte[] body,
      boolean gapBefore) {
    this.threadId = Objects.requireNonNull(threadId, "threadId == null");
    this.epoch = epoch;
    this.sender = Objects.requireNonNull(sender, "sender == null");
    this.sequence = sequence;
    this.sentAt = Objects.requireNonNull(sentAt, "sentAt == null");
    this.body = body.clone();
    this.gapBefore = gapBefore;
  }

  /**
   * The thread.
   *
   * @return never {@code null}
   */
  public ThreadId threadId() {
    return threadId;
  }

  /**
   * The epoch.
   *
   * @return at least 0
   */
  public long epoch() {
    return epoch;
  }

  /**
   * The verified sender.
   *
   * @return never {@code null}
   */
  public Principal sender() {
    return sender;
  }

  /**
   * The sender's sequence number.
   *
   * @return at least 0
   */
  public long sequence() {
    return sequence;
  }

  /**
   * When the sender says it was sent.
   *
   * @return never {@code null}
   */
  public Instant sentAt() {
    return sentAt;
  }

  /**
   * A copy of the body.
   *
   * @return the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Whether messages from this sender were skipped (lost or withheld) before this one.
   *
   * @return true if the sequence jumped
   */
  public boolean gapBefore() {
    return gapBefore;
  }

  @Override
  public String toString() {
    return "ReceivedMessage[thread="
        + threadId
        + ", epoch="
        + epoch
        + ", sender="
        + sender
        + ", sequence="
        + sequence
        + ", body=(redacted)]";
  }
}
