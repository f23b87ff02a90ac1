/**
 * Keeping people coming: session reminders planned in each person's own zone outside quiet hours
 * and delivered through a {@link org.openiop.core.engage.ReminderChannel}, engagement signals
 * (no-show streaks, falling attendance, missed measures, low weekly hours, welcome back) with
 * outreach tasks for staff, and assignments with due dates and completion tracking.
 *
 * <p>Nothing here carries clinical detail: reminder text names a time, never a topic or kind.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.engage;

import org.jspecify.annotations.NullMarked;
