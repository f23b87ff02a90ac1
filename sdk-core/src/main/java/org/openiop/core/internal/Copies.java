package org.openiop.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Defensive, immutable copies for record components; {@code null} becomes empty. Not API. */
public final class Copies {
  private Copies() {}

  /**
   * An immutable copy of a list; null becomes empty.
   *
   * @param list the list, may be null; elements must not be null
   * @param <T> the element type
   * @return an unmodifiable list
   */
  public static <T> List<T> list(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /**
   * An immutable, sorted copy of a set of comparable values; null becomes empty.
   *
   * @param set the set, may be null; elements must not be null
   * @param <T> the element type
   * @return an unmodifiable sorted set, so iteration order (and JSON) is stable
   */
  public static <T extends Comparable<? super T>> SortedSet<T> sortedSet(
      @Nullable Collection<T> set) {
    if (set == null || set.isEmpty()) {
      return Collections.emptySortedSet();
    }
    TreeSet<T> copy = new TreeSet<>();
    for (T t : set) {
      if (t == null) {
        throw new NullPointerException("set element == null");
      }
      copy.add(t);
    }
    return Collections.unmodifiableSortedSet(copy);
  }

  /**
   * An immutable copy of an enum set, in declaration order; null becomes empty.
   *
   * @param set the set, may be null
   * @param type the enum class
   * @param <E> the enum type
   * @return an unmodifiable set
   */
  public static <E extends Enum<E>> Set<E> enums(@Nullable Collection<E> set, Class<E> type) {
    if (set == null || set.isEmpty()) {
      return Collections.unmodifiableSet(EnumSet.noneOf(type));
    }
    for (E e : set) {
      if (e == null) {
        throw new NullPointerException("set element == null");
      }
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(set));
  }

  /**
   * An immutable, key-sorted copy of a map; null becomes empty.
   *
   * @param map the map, may be null
   * @param <K> key type
   * @param <V> value type
   * @return an unmodifiable map
   */
  public static <K extends Comparable<? super K>, V> Map<K, V> sortedMap(@Nullable Map<K, V> map) {
    if (map == null || map.isEmpty()) {
      return Collections.emptySortedMap();
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(map));
  }
}
