package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;
import org.openiop.core.program.Cohort;

/**
 * What the planner produced: who was placed where and when, the sessions (group sessions with their
 * rosters, individual and family sessions), the cohorts with their new memberships, and who could
 * not be placed and why.
 *
 * @param placements one per placed participant, in planning order; never {@code null}
 * @param unplaced one per participant who could not be placed; never {@code null}
 * @param calendar every session with a participant, as ledger entries, in time order; never {@code
 *     null}
 * @param cohorts the cohorts with the placed participants added as members; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Plan(
    List<Placement> placements,
    List<Unplaced> unplaced,
    List<LedgerEntry> calendar,
    List<Cohort> cohorts) {

  /** Copies the lists. */
  public Plan {
    placements = List.copyOf(Objects.requireNonNull(placements, "placements == null"));
    unplaced = List.copyOf(Objects.requireNonNull(unplaced, "unplaced == null"));
    calendar = List.copyOf(Objects.requireNonNull(calendar, "calendar == null"));
    cohorts = List.copyOf(Objects.requireNonNull(cohorts, "cohorts == null"));
  }

  /**
   * Total days participants wait between their earliest start and their first week.
   *
   * @return the sum over placements
   */
  public long totalDaysWaiting() {
    return placements.stream().mapToLong(Placement::daysWaiting).sum();
  }

  /**
   * One placed participant.
   *
   * @param participant who; never {@code null}
   * @param cohort which cohort; never {@code null}
   * @param start the Monday they join; never {@code null}
   * @param daysWaiting days from their earliest start to {@code start}, at least 0
   * @param primaryClinician who takes their individual sessions, or the first facilitator if the
   *     program has none; never {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Placement(
      ParticipantId participant,
      CohortId cohort,
      LocalDate start,
      long daysWaiting,
      ClinicianId primaryClinician) {
    /** Checks the parts. */
    public Placement {
      Objects.requireNonNull(participant, "participant == null");
      Objects.requireNonNull(cohort, "cohort == null");
      Objects.requireNonNull(start, "start == null");
      Objects.requireNonNull(primaryClinician, "primaryClinician == null");
      if (daysWaiting < 0) {
        throw new IllegalArgumentException("daysWaiting must not be negative");
      }
    }
  }

  /**
   * A participant who could not be placed.
   *
   * @param participant who; never {@code null}
   * @param blockingRules the ids of the rules (or {@code referral.availability}, {@code
   *     planning.horizon}) that ruled out every option, sorted; never empty
   * @param message a summary without PHI; never {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Unplaced(ParticipantId participant, List<String> blockingRules, String message) {
    /** Checks the parts. */
    public Unplaced {
      Objects.requireNonNull(participant, "participant == null");
      blockingRules = List.copyOf(Objects.requireNonNull(blockingRules, "blockingRules == null"));
      Objects.requireNonNull(message, "message == null");
      if (blockingRules.isEmpty()) {
        throw new IllegalArgumentException("blockingRules is empty");
      }
    }
  }
}
