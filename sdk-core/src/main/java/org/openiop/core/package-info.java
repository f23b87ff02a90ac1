/**
 * OpenIOP core: typed identifiers, the exception family and the small helpers every other package
 * uses.
 *
 * <p>Everything in this package and its sub-packages is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core;

import org.jspecify.annotations.NullMarked;
