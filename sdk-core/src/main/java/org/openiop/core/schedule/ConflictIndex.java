package org.openiop.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An interval index over keyed time slots that finds the slots overlapping a query without scanning
 * them all.
 *
 * <p>It is a treap (a randomized balanced search tree, expected depth {@code O(log n)}) ordered by
 * start and key, where every node also records the latest end in its subtree. A query descends only
 * into subtrees whose latest end lies after the query's start and whose starts lie before the
 * query's end.
 *
 * <h2>Cost</h2>
 *
 * <ul>
 *   <li>{@link #put} and {@link #remove}: {@code O(log n)} expected.
 *   <li>{@link #overlapping} reporting {@code k} slots: {@code O(log n + k)} expected whenever the
 *       reported slots are consecutive in start order, which holds for every calendar of one person
 *       that the ledger accepts (a person's bookings never overlap one another, so their ends are
 *       sorted like their starts). With deeply nested slots (one long slot containing many short
 *       ones that do not themselves overlap the query) the bound degrades to {@code O(log n + k log
 *       n)}; it is never worse than {@code O(n)}.
 * </ul>
 *
 * <p>The tree shape depends only on the sequence of operations (priorities come from a fixed seed),
 * so runs are reproducible.
 *
 * <p><b>Not thread-safe.</b> Confine an instance to one thread or guard it with a lock; the booking
 * ledger's in-memory store does the latter.
 *
 * @param <K> the key type, for example {@link org.openiop.core.SessionId}; keys are unique
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConflictIndex<K extends Comparable<? super K>> {

  private static final class Node<K> {
    final long start;
    final long end;
    final K key;
    final int priority;
    long maxEnd;
    @Nullable Node<K> left;
    @Nullable Node<K> right;

    Node(long start, long end, K key, int priority) {
      this.start = start;
      this.end = end;
      this.key = key;
      this.priority = priority;
      this.maxEnd = end;
    }
  }

  private final Map<K, Node<K>> byKey = new HashMap<>();
  private final SplittableRandom priorities = new SplittableRandom(0x5eed_cafeL);
  private @Nullable Node<K> root;

  /** Creates an empty index. */
  public ConflictIndex() {}

  /**
   * Number of slots in the index.
   *
   * @return the size
   */
  public int size() {
    return byKey.size();
  }

  /**
   * Adds or replaces the slot stored under {@code key}.
   *
   * @param key the key; never {@code null}
   * @param slot the slot; never {@code null}
   */
  public void put(K key, TimeSlot slot) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(slot, "slot == null");
    remove(key);
    Node<K> node =
        new Node<>(
            slot.start().toEpochMilli(), slot.end().toEpochMilli(), key, priorities.nextInt());
    root = insert(root, node);
    byKey.put(key, node);
  }

  /**
   * Removes the slot stored under {@code key}, if any.
   *
   * @param key the key; never {@code null}
   * @return true if a slot was removed
   */
  public boolean remove(K key) {
    Objects.requireNonNull(key, "key == null");
    Node<K> existing = byKey.remove(key);
    if (existing == null) {
      return false;
    }
    root = delete(root, existing.start, key);
    return true;
  }

  /**
   * The slot stored under {@code key}.
   *
   * @param key the key; never {@code null}
   * @return the slot, or empty
   */
  public Optional<TimeSlot> get(K key) {
    Objects.requireNonNull(key, "key == null");
    Node<K> node = byKey.get(key);
    return node == null ? Optional.empty() : Optional.of(slotOf(node));
  }

  /**
   * The keys of all slots that overlap {@code query}, in order of start, then key.
   *
   * @param query the slot to check; never {@code null}
   * @return the overlapping keys, possibly empty; a fresh mutable list
   */
  public List<K> overlapping(TimeSlot query) {
    Objects.requireNonNull(query, "query == null");
    List<K> out = new ArrayList<>();
    collect(root, query.start().toEpochMilli(), query.end().toEpochMilli(), out);
    return out;
  }

  /**
   * Whether any slot overlaps {@code query}; stops at the first one found.
   *
   * @param query the slot to check; never {@code null}
   * @return true if at least one stored slot overlaps
   */
  public boolean anyOverlapping(TimeSlot query) {
    Objects.requireNonNull(query, "query == null");
    return any(root, query.start().toEpochMilli(), query.end().toEpochMilli());
  }

  private static TimeSlot slotOf(Node<?> node) {
    return new TimeSlot(Instant.ofEpochMilli(node.start), Instant.ofEpochMilli(node.end));
  }

  private static <K> void collect(@Nullable Node<K> n, long s, long e, List<K> out) {
    while (n != null && n.maxEnd > s) {
      collect(n.left, s, e, out);
      if (n.start >= e) {
        return;
      }
      if (n.end > s) {
        out.add(n.key);
      }
      n = n.right;
    }
  }

  private static boolean any(@Nullable Node<?> n, long s, long e) {
    while (n != null && n.maxEnd > s) {
      if (n.start < e && n.end > s) {
        return true;
      }
      if (any(n.left, s, e)) {
        return true;
      }
      if (n.start >= e) {
        return false;
      }
      n = n.right;
    }
    return false;
  }

  private int compare(long start, K key, Node<K> node) {
    int c = Long.compare(start, node.start);
    return c != 0 ? c : key.compareTo(node.key);
  }

  private Node<K> insert(@Nullable Node<K> n, Node<K> x) {
    if (n == null) {
      return x;
    }
    if (compare(x.start, x.key, n) < 0) {
      Node<K> l = insert(n.left, x);
      n.left = l;
      if (l.priority > n.priority) {
        return rotateRight(n);
      }
    } else {
      Node<K> r = insert(n.right, x);
      n.right = r;
      if (r.priority > n.priority) {
        return rotateLeft(n);
      }
    }
    update(n);
    return n;
  }

  private @Nullable Node<K> delete(@Nullable Node<K> n, long start, K key) {
    if (n == null) {
      return null;
    }
    int c = compare(start, key, n);
    if (c == 0) {
      return merge(n.left, n.right);
    }
    if (c < 0) {
      n.left = delete(n.left, start, key);
    } else {
      n.right = delete(n.right, start, key);
    }
    update(n);
    return n;
  }

  private static <K> @Nullable Node<K> merge(@Nullable Node<K> a, @Nullable Node<K> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a.priority > b.priority) {
      a.right = merge(a.right, b);
      update(a);
      return a;
    }
    b.left = merge(a, b.left);
    update(b);
    return b;
  }

  private static <K> Node<K> rotateRight(Node<K> n) {
    Node<K> l = Objects.requireNonNull(n.left);
    n.left = l.right;
    update(n);
    l.right = n;
    update(l);
    return l;
  }

  private static <K> Node<K> rotateLeft(Node<K> n) {
    Node<K> r = Objects.requireNonNull(n.right);
    n.right = r.left;
    update(n);
    r.left = n;
    update(r);
    return r;
  }

  private static void update(Node<?> n) {
    long m = n.end;
    if (n.left != null && n.left.maxEnd > m) {
      m = n.left.maxEnd;
    }
    if (n.right != null && n.right.maxEnd > m) {
      m = n.right.maxEnd;
    }
    n.maxEnd = m;
  }
}
