package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.IdGenerator;
import org.openiop.core.SessionId;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.program.SessionTemplate;

/**
 * Turns a cohort's weekly session templates into concrete sessions for a date range, in the
 * cohort's zone.
 *
 * <p>Wall-clock time stays put across daylight-saving changes: a template at 18:00 gives sessions
 * at 18:00 local time in winter and summer. Local times that do not exist or occur twice are
 * resolved by the {@link DstPolicy} and reported in {@link Expansion#adjustments()}. Dates the
 * {@link HolidayCalendar} closes are skipped or moved as {@link HolidayHandling} says, and
 * reported. Each session stores its start instant and the cohort's IANA zone, so its local time can
 * always be recomputed; the recurring pattern itself lives on in the program's templates as local
 * time.
 *
 * <p>Expanded sessions list the cohort's facilitators and the members on each session's date, and
 * are {@link SessionStatus#PLANNED}, not recorded. Thread-safe and immutable.
 *
 * <pre>{@code
 * CalendarExpander expander = CalendarExpander.builder()
 *     .holidays(HolidayCalendar.usFederal())
 *     .holidayHandling(HolidayHandling.MOVE_TO_NEXT_OPEN_DAY)
 *     .ids(IdGenerator.secureRandom())
 *     .build();
 * Expansion twelveWeeks = expander.expand(program, cohort, monday, monday.plusWeeks(12).minusDays(1));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CalendarExpander {
  private final HolidayCalendar holidays;
  private final HolidayHandling handling;
  private final DstPolicy policy;
  private final IdGenerator ids;

  private CalendarExpander(Builder b) {
    this.holidays = b.holidays;
    this.handling = b.handling;
    this.policy = b.policy;
    this.ids = b.ids;
  }

  /**
   * Starts a builder with no holidays, {@link HolidayHandling#SKIP}, {@link DstPolicy#DEFAULT} and
   * secure random ids.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Expands the program's templates for the cohort's track over {@code [from, toInclusive]}.
   *
   * @param program the cohort's program; never {@code null}
   * @param cohort the cohort; never {@code null}
   * @param from the first local date; never {@code null}
   * @param toInclusive the last local date; never {@code null}
   * @return the sessions in time order and what was adjusted, moved or skipped
   * @throws IllegalArgumentException if the cohort is not of the program or the range is reversed
   */
  public Expansion expand(Program program, Cohort cohort, LocalDate from, LocalDate toInclusive) {
    Objects.requireNonNull(program, "program == null");
    Objects.requireNonNull(cohort, "cohort == null");
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(toInclusive, "toInclusive == null");
    if (!cohort.program().equals(program.id())) {
      throw new IllegalArgumentException("cohort belongs to another program");
    }
    if (toInclusive.isBefore(from)) {
      throw new IllegalArgumentException("toInclusive is before from");
    }
    List<SessionTemplate> templates = program.templatesFor(cohort.track());
    return expand(templates, cohort, from, toInclusive);
  }

  /**
   * Adds a make-up session from {@code template} on {@code date} (for example for one skipped on a
   * holiday), resolving its local time by the same DST policy.
   *
   * @param template the template to copy; never {@code null}
   * @param cohort the cohort; never {@code null}
   * @param date the local date of the make-up session; never {@code null}
   * @return an expansion with the one session (or none, if the policy skipped its local time)
   */
  public Expansion makeUp(SessionTemplate template, Cohort cohort, LocalDate date) {
    Objects.requireNonNull(template, "template == null");
    Objects.requireNonNull(cohort, "cohort == null");
    Objects.requireNonNull(date, "date == null");
    SessionTemplate onThatDay =
        new SessionTemplate(
            template.track(),
            date.getDayOfWeek(),
            template.start(),
            template.duration(),
            template.kind(),
            template.modality(),
            template.topic());
    return new CalendarExpander(builder().holidays(HolidayCalendar.NONE).dstPolicy(policy).ids(ids))
        .expand(List.of(onThatDay), cohort, date, date);
  }

  private Expansion expand(
      List<SessionTemplate> templates, Cohort cohort, LocalDate from, LocalDate toInclusive) {
    List<WeeklyRecurrence> recurrences = new ArrayList<>(templates.size());
    for (int i = 0; i < templates.size(); i++) {
      SessionTemplate t = templates.get(i);
      recurrences.add(new WeeklyRecurrence(i, t.day(), t.start(), t.duration()));
    }
    RecurrenceExpander.Result r =
        new RecurrenceExpander(cohort.zone(), holidays, handling, policy)
            .expand(recurrences, from, toInclusive);
    List<Session> sessions = new ArrayList<>(r.occurrences().size());
    List<TimeAdjustment> adjustments = new ArrayList<>();
    List<Expansion.Moved> moved = new ArrayList<>();
    for (Occurrence o : r.occurrences()) {
      SessionTemplate t = templates.get(o.recurrence().key());
      Session s =
          new Session(
              SessionId.generate(ids),
              cohort.id(),
              t.kind(),
              t.modality(),
              t.topic(),
              o.slot().start(),
              cohort.zone(),
              t.duration(),
              cohort.facilitators(),
              t.kind().admitsSupportPersons() || Rules.isGroup(t.kind())
                  ? cohort.membersOn(o.date())
                  : List.of(),
              List.of(),
              SessionStatus.PLANNED,
              false);
      sessions.add(s);
      if (o.adjustment() != null) {
        adjustments.add(o.adjustment());
      }
      if (o.movedFrom() != null && o.movedBecauseOf() != null) {
        moved.add(new Expansion.Moved(s.id(), t, o.movedFrom(), o.date(), o.movedBecauseOf()));
      }
    }
    List<Expansion.Skipped> skipped = new ArrayList<>();
    for (RecurrenceExpander.Skip s : r.skipped()) {
      skipped.add(
          new Expansion.Skipped(
              templates.get(s.recurrence().key()), s.date(), s.holiday().orElse(null)));
    }
    return new Expansion(sessions, adjustments, moved, skipped);
  }

  /** Configures a {@link CalendarExpander}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private HolidayCalendar holidays = HolidayCalendar.NONE;
    private HolidayHandling handling = HolidayHandling.SKIP;
    private DstPolicy policy = DstPolicy.DEFAULT;
    private IdGenerator ids = IdGenerator.secureRandom();

    private Builder() {}

    /**
     * The closed dates; default none.
     *
     * @param holidays the calendar; never {@code null}
     * @return this builder
     */
    public Builder holidays(HolidayCalendar holidays) {
      this.holidays = Objects.requireNonNull(holidays, "holidays == null");
      return this;
    }

    /**
     * What to do with sessions on closed dates; default {@link HolidayHandling#SKIP}.
     *
     * @param handling the handling; never {@code null}
     * @return this builder
     */
    public Builder holidayHandling(HolidayHandling handling) {
      this.handling = Objects.requireNonNull(handling, "handling == null");
      return this;
    }

    /**
     * How to resolve DST gaps and overlaps; default {@link DstPolicy#DEFAULT}.
     *
     * @param policy the policy; never {@code null}
     * @return this builder
     */
    public Builder dstPolicy(DstPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy == null");
      return this;
    }

    /**
     * The source of new session ids; default {@link IdGenerator#secureRandom()}.
     *
     * @param ids the generator; never {@code null}
     * @return this builder
     */
    public Builder ids(IdGenerator ids) {
      this.ids = Objects.requireNonNull(ids, "ids == null");
      return this;
    }

    /**
     * Builds the expander.
     *
     * @return the expander
     */
    public CalendarExpander build() {
      return new CalendarExpander(this);
    }
  }
}
