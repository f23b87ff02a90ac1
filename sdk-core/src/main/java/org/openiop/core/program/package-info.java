/**
 * Program structure and delivery: programs with their weekly templates, tracks and curriculum,
 * cohorts with rolling admission, concrete sessions, attendance and the enrollment lifecycle.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. Values are immutable and safe to share
 * between threads; builders are not thread-safe.
 */
@NullMarked
package org.openiop.core.program;

import org.jspecify.annotations.NullMarked;
