/**
 * The one access policy for PHI read or written through OpenIOP: principals and their roles,
 * resources, {@link org.openiop.core.privacy.access.AccessPolicy#decide decisions} with reasons,
 * consent enforcement (family release, 42 CFR Part 2) and time-limited {@link
 * org.openiop.core.privacy.access.BreakGlass break-glass} access. Every decision is audited.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.privacy.access;

import org.jspecify.annotations.NullMarked;
