/**
 * The one configured JSON-B instance and its adapters: ISO-8601 times, ids and jurisdictions as
 * plain strings, unknown properties rejected, and every read validated.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. {@code OpenIopJson} instances are safe
 * for concurrent use; its builder is not.
 */
@NullMarked
package org.openiop.core.json;

import org.jspecify.annotations.NullMarked;
