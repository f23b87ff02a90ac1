package org.openiop.benchmarks.schedule.peer;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A planning entity: one participant's seat, unassigned when they are not placed. */
@PlanningEntity
public class Seat {
  private int participant;
  private List<SeatChoice> options = List.of();

  @PlanningVariable(allowsUnassigned = true, valueRangeProviderRefs = "options")
  private @Nullable SeatChoice choice;

  /** For Timefold. */
  public Seat() {}

  /**
   * A seat for one participant.
   *
   * @param participant index of the participant
   * @param options the cohorts and weeks they may take
   */
  public Seat(int participant, List<SeatChoice> options) {
    this.participant = participant;
    this.options = options;
  }

  /**
   * The participant.
   *
   * @return the index
   */
  public int getParticipant() {
    return participant;
  }

  /**
   * The feasible values.
   *
   * @return the options
   */
  @ValueRangeProvider(id = "options")
  public List<SeatChoice> getOptions() {
    return options;
  }

  /**
   * The chosen value.
   *
   * @return the choice, or null if unplaced
   */
  public @Nullable SeatChoice getChoice() {
    return choice;
  }

  /**
   * Sets the chosen value.
   *
   * @param choice the choice, or null
   */
  public void setChoice(@Nullable SeatChoice choice) {
    this.choice = choice;
  }
}
