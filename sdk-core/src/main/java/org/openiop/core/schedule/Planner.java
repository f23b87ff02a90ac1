package org.openiop.core.schedule;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Places referred participants into cohorts and schedules their individual and family sessions so
 * that every error rule holds, placing as many as it can, each as early as it can.
 *
 * <h2>How it works</h2>
 *
 * <ol>
 *   <li>Every cohort's templates are expanded over the horizon ({@link CalendarExpander}); the
 *       group sessions are reserved for their facilitators. A cohort whose group sessions break a
 *       rule on their own (facilitator double-booked, outside working hours, unqualified) is not
 *       used.
 *   <li>Referrals are taken in order of earliest start (ties broken by the seed). For each, the
 *       cohorts of the right population are ranked by the first week the participant could join:
 *       every later group session must fall in their availability and local hours, where they are
 *       then, with facilitators licensed there, and a seat must be free for the program's length.
 *   <li>In the best cohort (up to four are tried) each week's individual and family sessions are
 *       placed in the participant's availability with a licensed, qualified clinician who is
 *       working, free (with the buffer) and under their limits, keeping one primary clinician where
 *       possible; a family session takes a support person with an active family release. Weekly
 *       hours are then checked against the program's minimum and maximum. If anything fails, the
 *       attempt is undone and the next cohort is tried.
 *   <li>Whoever cannot be placed is reported with the ids of the rules that ruled out their
 *       options.
 * </ol>
 *
 * <p>The result is the same for the same request and seed. It is greedy, not optimal: it never
 * moves someone it has placed to make room for another. Participants join on a Monday. Members a
 * cohort already has keep their seats and stay on its group sessions' rosters, but their individual
 * sessions are not planned.
 *
 * <p>Thread-safe: each {@link #plan} call works on its own state.
 *
 * <pre>{@code
 * Planner planner = Planner.builder().seed(42).holidays(HolidayCalendar.usFederal()).build();
 * Plan plan = planner.plan(new PlanningRequest(referrals, programs, cohorts, clinicians,
 *     directory, monday, 12));
 * plan.unplaced().forEach(u -> log.info("{} blocked by {}", u.participant(), u.blockingRules()));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Planner {
  /** Reported when no option fits the referral's availability. */
  public static final String AVAILABILITY = "referral.availability";

  /** Reported when the earliest start is after the horizon. */
  public static final String HORIZON = "planning.horizon";

  /** Reported when the participant is not in the directory. */
  public static final String UNKNOWN = "planning.unknown-participant";

  /** The planner's settings. */
  record Settings(
      long seed,
      Duration clinicianBuffer,
      Duration individualLength,
      Duration familyLength,
      HolidayCalendar holidays,
      HolidayHandling holidayHandling,
      DstPolicy dstPolicy,
      QualificationRule qualification) {}

  private final Settings settings;

  private Planner(Settings settings) {
    this.settings = settings;
  }

  /**
   * Starts a builder: seed 0, 10-minute clinician buffer, 50-minute individual and family sessions,
   * no holidays (moved, when given), the default DST policy and qualification rule.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The built-in rules with this planner's clinician buffer and qualification rule: what its plans
   * satisfy.
   *
   * @return the rules
   */
  public java.util.List<SchedulingRule> rules() {
    java.util.List<SchedulingRule> out =
        new java.util.ArrayList<>(BuiltInRules.standard(settings.clinicianBuffer()));
    out.replaceAll(r -> r instanceof QualificationRule ? settings.qualification() : r);
    return java.util.List.copyOf(out);
  }

  /**
   * Plans the request.
   *
   * @param request what to plan; never {@code null}
   * @return the plan
   * @throws IllegalArgumentException if a cohort's program is missing from the request
   */
  public Plan plan(PlanningRequest request) {
    Objects.requireNonNull(request, "request == null");
    return new PlannerRun(request, settings).run();
  }

  /**
   * The cohort-placement core of the request, for comparing other solvers on the same problem.
   *
   * @param request the request; never {@code null}
   * @return each participant's feasible cohorts and first weeks, and each cohort's seats
   */
  public PlacementProblem placementProblem(PlanningRequest request) {
    Objects.requireNonNull(request, "request == null");
    return new PlannerRun(request, settings).problem();
  }

  /** Configures a {@link Planner}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private long seed;
    private Duration clinicianBuffer = Duration.ofMinutes(10);
    private Duration individualLength = Duration.ofMinutes(50);
    private Duration familyLength = Duration.ofMinutes(50);
    private HolidayCalendar holidays = HolidayCalendar.NONE;
    private HolidayHandling holidayHandling = HolidayHandling.MOVE_TO_NEXT_OPEN_DAY;
    private DstPolicy dstPolicy = DstPolicy.DEFAULT;
    private QualificationRule qualification = new QualificationRule();

    private Builder() {}

    /**
     * The seed that breaks ties; the same seed gives the same plan.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * The least time between two sessions of one clinician.
     *
     * @param buffer a non-negative duration; never {@code null}
     * @return this builder
     */
    public Builder clinicianBuffer(Duration buffer) {
      Objects.requireNonNull(buffer, "buffer == null");
      if (buffer.isNegative()) {
        throw new IllegalArgumentException("buffer must not be negative");
      }
      this.clinicianBuffer = buffer;
      return this;
    }

    /**
     * Lengths of the individual and family sessions the planner schedules.
     *
     * @param individual individual session length, 5 minutes to 8 hours; never {@code null}
     * @param family family session length, 5 minutes to 8 hours; never {@code null}
     * @return this builder
     */
    public Builder sessionLengths(Duration individual, Duration family) {
      this.individualLength = checked(individual, "individual");
      this.familyLength = checked(family, "family");
      return this;
    }

    private static Duration checked(Duration d, String name) {
      Objects.requireNonNull(d, name + " == null");
      if (d.compareTo(Duration.ofMinutes(5)) < 0 || d.compareTo(Duration.ofHours(8)) > 0) {
        throw new IllegalArgumentException(name + " must be 5 minutes to 8 hours");
      }
      return d;
    }

    /**
     * Closed dates and what to do with group sessions on them (default: none; move).
     *
     * @param holidays the calendar; never {@code null}
     * @param handling skip or move; never {@code null}
     * @return this builder
     */
    public Builder holidays(HolidayCalendar holidays, HolidayHandling handling) {
      this.holidays = Objects.requireNonNull(holidays, "holidays == null");
      this.holidayHandling = Objects.requireNonNull(handling, "handling == null");
      return this;
    }

    /**
     * The DST policy for expanding group sessions.
     *
     * @param policy the policy; never {@code null}
     * @return this builder
     */
    public Builder dstPolicy(DstPolicy policy) {
      this.dstPolicy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * The qualification rule whose modalities need trained clinicians.
     *
     * @param rule the rule; never {@code null}
     * @return this builder
     */
    public Builder qualification(QualificationRule rule) {
      this.qualification = Objects.requireNonNull(rule, "rule == null");
      return this;
    }

    /**
     * Builds the planner.
     *
     * @return the planner
     */
    public Planner build() {
      return new Planner(
          new Settings(
              seed,
              clinicianBuffer,
              individualLength,
              familyLength,
              holidays,
              holidayHandling,
              dstPolicy,
              qualification));
    }
  }
}
