package org.openiop.core.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.Validation;

/**
 * Helpers around {@link Store}s.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Stores {
  private Stores() {}

  /**
   * Wraps a store so that values are validated on the way in and results on the way out (for stores
   * backed by a database that another program may also write).
   *
   * @param store the store; never {@code null}
   * @param rootPath the name used in validation paths; never {@code null}
   * @param <K> the key type
   * @param <V> the value type
   * @return a store with the same contract that throws {@link
   *     org.openiop.core.InvalidInputException} for invalid data in either direction
   */
  public static <K, V> Store<K, V> validating(Store<K, V> store, String rootPath) {
    Objects.requireNonNull(store, "store == null");
    Objects.requireNonNull(rootPath, "rootPath == null");
    return new Store<>() {
      @Override
      public Optional<Versioned<V>> find(K key) {
        Optional<Versioned<V>> found = store.find(key);
        found.ifPresent(v -> Validation.check(v.value(), rootPath));
        return found;
      }

      @Override
      public Versioned<V> save(V value, long expectedVersion) {
        Validation.check(Objects.requireNonNull(value, "value == null"), rootPath);
        return store.save(value, expectedVersion);
      }

      @Override
      public List<Versioned<V>> all() {
        List<Versioned<V>> values = store.all();
        values.forEach(v -> Validation.check(v.value(), rootPath));
        return values;
      }
    };
  }
}
