package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/** A weekly local time: the part of a session template that calendar expansion needs. */
record WeeklyRecurrence(int key, DayOfWeek day, LocalTime start, Duration length) {
  WeeklyRecurrence {
    Objects.requireNonNull(day, "day == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(length, "length == null");
  }
}
