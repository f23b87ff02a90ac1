package org.openiop.crypto.messaging;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The opened key of one epoch, held by a member's client. Secret: no {@code toString} content, no
 * equality; {@link #destroy()} wipes it. Thread-safe for reading.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EpochKey {
  private final EpochRecord record;
  private final byte[] key;

  EpochKey(EpochRecord record, byte[] key) {
    this.record = Objects.requireNonNull(record, "record == null");
    this.key = key.clone();
  }

  /**
   * The epoch this key opens.
   *
   * @return the verified epoch record
   */
  public EpochRecord record() {
    return record;
  }

  byte[] key() {
    return key;
  }

  /** Overwrites the key bytes; later use fails to decrypt. */
  public void destroy() {
    Arrays.fill(key, (byte) 0);
  }

  @Override
  public String toString() {
    return "EpochKey[thread=" + record.threadId() + ", epoch=" + record.epoch() + "]";
  }
}
