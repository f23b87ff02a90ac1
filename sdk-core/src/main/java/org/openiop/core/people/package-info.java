/**
 * The people of a virtual IOP: participants (with their location history, which decides which
 * licences apply), clinicians (credentials, licences, interstate compact privileges, working hours
 * and limits) and support persons.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}. Types that carry protected health
 * information render redacted in {@code toString}; ids stay visible.
 */
@NullMarked
package org.openiop.core.people;

import org.jspecify.annotations.NullMarked;
