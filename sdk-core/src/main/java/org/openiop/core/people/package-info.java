/**
 * The people of a virtual IOP: participants (with their location history, which decides which
 * licences apply), clinicians (credentials, licences, interstate compact privileges, working hours
 * and limits) and support persons.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. Values are immutable and safe to share
 * between threads; builders are not thread-safe. Types that carry protected health information
 * render redacted in {@code toString}; ids stay visible.
 */
@NullMarked
package org.openiop.core.people;

import org.jspecify.annotations.NullMarked;
