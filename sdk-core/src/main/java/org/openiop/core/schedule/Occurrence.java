package org.openiop.core.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** One concrete occurrence of a weekly recurrence, before it becomes a session. */
record Occurrence(
    WeeklyRecurrence recurrence,
    LocalDate date,
    LocalTime localStart,
    TimeSlot slot,
    @Nullable TimeAdjustment adjustment,
    @Nullable Holiday movedBecauseOf,
    @Nullable LocalDate movedFrom) {}
