/**
 * Store SPIs for the aggregates, with thread-safe in-memory implementations and optimistic
 * concurrency: every saved value carries a version, and a write based on a stale version fails with
 * {@link org.openiop.core.store.StaleVersionException}.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. The in-memory stores are safe for
 * concurrent use.
 */
@NullMarked
package org.openiop.core.store;

import org.jspecify.annotations.NullMarked;
