/**
 * Scheduling: calendar expansion across time zones and daylight-saving changes, holiday calendars,
 * the {@link org.openiop.core.schedule.SchedulingRule} SPI and its built-in rules, the booking
 * ledger, the conflict index and the placement planner.
 *
 * <p>Recurring sessions are stored as local wall-clock time plus an IANA zone; instants are
 * computed from them, never stored as UTC only. Everything in this package is non-null unless
 * marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.schedule;

import org.jspecify.annotations.NullMarked;
