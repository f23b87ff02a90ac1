/**
 * The Timefold Solver peer: the planner's cohort-placement problem as a Timefold planning problem,
 * for the side-by-side benchmark. Not used by the SDK.
 */
package org.openiop.benchmarks.schedule.peer;
