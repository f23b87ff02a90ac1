package org.openiop.core.store;

import org.apiguardian.api.API;

/**
 * A write was based on a version that is no longer current: someone else wrote first. Nothing was
 * changed; re-read, re-apply the change and retry. The message names the key and both versions,
 * never the value.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class StaleVersionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param key the key written, e.g. an id's string form; never {@code null}
   * @param expectedVersion the version the writer based its change on (0 for "new")
   * @param actualVersion the current version (0 if absent)
   */
  public StaleVersionException(String key, long expectedVersion, long actualVersion) {
    super(
        "stale write to "
            + key
            + ": expected version "
            + expectedVersion
            + ", current version "
            + actualVersion);
    this.key = key;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /**
   * The key written.
   *
   * @return never {@code null}
   */
  public String key() {
    return key;
  }

  /**
   * The version the writer expected.
   *
   * @return 0 for a create
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The current version.
   *
   * @return 0 if the key is absent
   */
  public long actualVersion() {
    return actualVersion;
  }
}
