package org.openiop.benchmarks.schedule.peer;

/**
 * A problem fact: one week of the horizon.
 *
 * @param index the week, from 0
 */
public record Week(int index) {}
