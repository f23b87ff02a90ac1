package org.openiop.benchmarks.schedule.peer;

/**
 * A planning value: join cohort {@code cohort} in week {@code week}.
 *
 * @param cohort index of the cohort
 * @param week first week
 * @param lengthWeeks weeks the participant then occupies a seat
 * @param daysWaiting days from the participant's earliest start to that week's Monday
 */
public record SeatChoice(int cohort, int week, int lengthWeeks, long daysWaiting) {
  /**
   * Whether the seat is taken in {@code w}.
   *
   * @param w the week
   * @return true if occupied
   */
  public boolean occupies(int w) {
    return w >= week && w < week + lengthWeeks;
  }
}
