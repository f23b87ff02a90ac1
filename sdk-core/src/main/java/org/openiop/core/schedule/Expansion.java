package org.openiop.core.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionTemplate;

/**
 * The result of expanding a cohort's templates: the sessions and everything that did not go as the
 * templates say.
 *
 * @param sessions the sessions, in time order; never {@code null}
 * @param adjustments local times that fell in a DST gap or overlap, and how they were resolved
 * @param moved sessions moved off a closed date
 * @param skipped occurrences dropped (closed date with no move, or a gap time the policy skips)
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Expansion(
    List<Session> sessions,
    List<TimeAdjustment> adjustments,
    List<Moved> moved,
    List<Skipped> skipped) {

  /** Copies the lists. */
  public Expansion {
    sessions = List.copyOf(Objects.requireNonNull(sessions, "sessions == null"));
    adjustments = List.copyOf(Objects.requireNonNull(adjustments, "adjustments == null"));
    moved = List.copyOf(Objects.requireNonNull(moved, "moved == null"));
    skipped = List.copyOf(Objects.requireNonNull(skipped, "skipped == null"));
  }

  /**
   * A session moved off a closed date.
   *
   * @param session the session as moved; never {@code null}
   * @param template its template; never {@code null}
   * @param from the closed date; never {@code null}
   * @param to the date it moved to; never {@code null}
   * @param holiday why; never {@code null}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Moved(
      SessionId session, SessionTemplate template, LocalDate from, LocalDate to, Holiday holiday) {
    /** Checks the parts. */
    public Moved {
      Objects.requireNonNull(session, "session == null");
      Objects.requireNonNull(template, "template == null");
      Objects.requireNonNull(from, "from == null");
      Objects.requireNonNull(to, "to == null");
      Objects.requireNonNull(holiday, "holiday == null");
    }
  }

  /**
   * An occurrence that was dropped; add a make-up session with {@link CalendarExpander#makeUp}.
   *
   * @param template its template; never {@code null}
   * @param date its local date; never {@code null}
   * @param holiday the closure, or {@code null} when the DST policy skipped a gap time
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Skipped(SessionTemplate template, LocalDate date, @Nullable Holiday holiday) {
    /** Checks the parts. */
    public Skipped {
      Objects.requireNonNull(template, "template == null");
      Objects.requireNonNull(date, "date == null");
    }
  }
}
