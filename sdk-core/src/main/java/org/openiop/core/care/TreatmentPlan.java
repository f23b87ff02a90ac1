package org.openiop.core.care;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * A treatment plan: problems, each with goals; each goal with measurable objectives, interventions
 * and a target date; and the date the plan is next reviewed.
 *
 * @param problems at least one problem
 * @param reviewDate when the plan is next reviewed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TreatmentPlan(List<Problem> problems, LocalDate reviewDate) implements PlanContent {

  /**
   * A problem the plan addresses.
   *
   * @param statement the problem in the participant's and clinician's words
   * @param goals at least one goal
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Problem(String statement, List<Goal> goals) {
    /** Checks presence. */
    public Problem {
      Texts.text("problem.statement", statement);
      goals = List.copyOf(goals);
      if (goals.isEmpty()) {
        throw InvalidInputException.of("problem.goals", "must not be empty");
      }
    }
  }

  /**
   * A goal.
   *
   * @param statement the goal
   * @param objectives at least one measurable objective
   * @param interventions what the program does toward it
   * @param targetDate when it should be reached
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Goal(
      String statement,
      List<Objective> objectives,
      List<String> interventions,
      LocalDate targetDate) {
    /** Checks presence. */
    public Goal {
      Texts.text("goal.statement", statement);
      Objects.requireNonNull(targetDate, "targetDate == null");
      objectives = List.copyOf(objectives);
      interventions = Texts.entries("goal.interventions", interventions);
      if (objectives.isEmpty()) {
        throw InvalidInputException.of("goal.objectives", "must not be empty");
      }
    }
  }

  /**
   * A measurable objective, optionally tied to an instrument's total (e.g. PHQ-9 below 10).
   *
   * @param description what is measured
   * @param instrumentId the instrument measuring it, or {@code null}
   * @param targetTotalBelow the total to get below, or {@code null}
   * @param targetDate when
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Objective(
      String description,
      @Nullable String instrumentId,
      @Nullable Integer targetTotalBelow,
      LocalDate targetDate) {
    /** Checks presence and that a target total comes with an instrument. */
    public Objective {
      Texts.text("objective.description", description);
      Objects.requireNonNull(targetDate, "targetDate == null");
      if ((instrumentId == null) != (targetTotalBelow == null)) {
        throw InvalidInputException.of(
            "objective.targetTotalBelow", "must be given together with instrumentId");
      }
    }
  }

  /** Checks presence. */
  public TreatmentPlan {
    Objects.requireNonNull(reviewDate, "reviewDate == null");
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw InvalidInputException.of("treatmentPlan.problems", "must not be empty");
    }
  }

  @Override
  public PlanKind kind() {
    return PlanKind.TREATMENT;
  }

  @Override
  public String toString() {
    return "TreatmentPlan[(redacted)]";
  }
}
