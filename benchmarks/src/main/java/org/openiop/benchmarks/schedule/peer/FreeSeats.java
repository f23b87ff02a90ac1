package org.openiop.benchmarks.schedule.peer;

/**
 * A problem fact: free seats of each cohort in each week.
 *
 * @param free {@code free[cohort][week]}
 */
public record FreeSeats(int[][] free) {
  /**
   * Free seats.
   *
   * @param cohort the cohort
   * @param week the week
   * @return the number of free seats
   */
  public int of(int cohort, int week) {
    return free[cohort][week];
  }
}
