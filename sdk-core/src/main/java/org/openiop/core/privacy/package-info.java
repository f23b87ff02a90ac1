/**
 * Consent: telehealth, confidentiality agreements, family release of information, recording and 42
 * CFR Part 2 disclosure, versioned, with revocation as a new fact.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. Values are immutable and safe to share
 * between threads; builders are not thread-safe.
 */
@NullMarked
package org.openiop.core.privacy;

import org.jspecify.annotations.NullMarked;
