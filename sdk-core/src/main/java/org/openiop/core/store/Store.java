package org.openiop.core.store;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps the current version of each aggregate (participants, clinicians, programs, cohorts,
 * sessions, enrollments, attendance) under optimistic concurrency.
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>{@link #save} is a compare-and-set: it succeeds only if the stored version equals {@code
 *       expectedVersion} (0 means "must not exist yet"), stores the value under the next version
 *       and returns it; otherwise it throws {@link StaleVersionException} and changes nothing.
 *   <li>Values are validated before they are stored; an invalid value raises {@link
 *       org.openiop.core.InvalidInputException} and changes nothing.
 *   <li>Implementations must be safe for concurrent use; calls may block on I/O. A host backed by a
 *       database should wrap its store with {@link Stores#validating} so results are checked on the
 *       way out too.
 * </ul>
 *
 * @param <K> the key type (usually a typed id)
 * @param <V> the value type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Store<K, V> {

  /**
   * The current version of a value.
   *
   * @param key the key; never {@code null}
   * @return the value and its version, or empty if absent
   */
  Optional<Versioned<V>> find(K key);

  /**
   * Stores a value if the current version is {@code expectedVersion}.
   *
   * @param value the value; never {@code null}
   * @param expectedVersion the version the change is based on; 0 to create
   * @return the value under its new version ({@code expectedVersion + 1})
   * @throws StaleVersionException if the current version differs
   * @throws org.openiop.core.InvalidInputException if the value is invalid
   */
  Versioned<V> save(V value, long expectedVersion);

  /**
   * Every current value, in key order.
   *
   * @return a snapshot; never {@code null}
   */
  List<Versioned<V>> all();
}
