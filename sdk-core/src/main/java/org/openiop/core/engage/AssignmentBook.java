package org.openiop.core.engage;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.TypedId;

/**
 * Tracks assignments: who has what, what is due, what is done, and overdue work as {@link
 * SignalKind#ASSIGNMENT_OVERDUE} signals.
 *
 * <p>In memory; a host that needs durability persists {@link #all()} and re-adds. Thread-safe:
 * every method locks the book.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssignmentBook {
  private final Clock clock;
  private final Map<String, Assignment> byId = new LinkedHashMap<>();

  /**
   * An empty book.
   *
   * @param clock stamps completions; never {@code null}
   */
  public AssignmentBook(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Adds an assignment.
   *
   * @param assignment the assignment; never {@code null}
   * @return the assignment
   * @throws IllegalStateException if its id is taken
   */
  public synchronized Assignment assign(Assignment assignment) {
    Objects.requireNonNull(assignment, "assignment == null");
    if (byId.putIfAbsent(assignment.id(), assignment) != null) {
      throw new IllegalStateException("assignment " + assignment.id() + " already exists");
    }
    return assignment;
  }

  /**
   * Marks an assignment completed now. Completing it again returns it unchanged.
   *
   * @param id the assignment's id; never {@code null}
   * @return the completed assignment
   * @throws IllegalStateException if there is no such assignment
   */
  public synchronized Assignment complete(String id) {
    Objects.requireNonNull(id, "id == null");
    Assignment a = byId.get(id);
    if (a == null) {
      throw new IllegalStateException("no assignment " + id);
    }
    if (a.completed()) {
      return a;
    }
    Instant now = clock.instant();
    Assignment done =
        new Assignment(
            a.id(),
            a.assignee(),
            a.kind(),
            a.title(),
            a.resource(),
            a.assignedAt(),
            a.due(),
            now.isBefore(a.assignedAt()) ? a.assignedAt() : now);
    byId.put(id, done);
    return done;
  }

  /**
   * An assignment by id.
   *
   * @param id the id; never {@code null}
   * @return the assignment, or empty
   */
  public synchronized Optional<Assignment> find(String id) {
    Objects.requireNonNull(id, "id == null");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * A person's open assignments, soonest due first.
   *
   * @param assignee the participant or support person; never {@code null}
   * @return open assignments
   */
  public synchronized List<Assignment> open(TypedId assignee) {
    Objects.requireNonNull(assignee, "assignee == null");
    return byId.values().stream()
        .filter(a -> a.assignee().equals(assignee) && !a.completed())
        .sorted(Comparator.comparing(Assignment::due).thenComparing(Assignment::id))
        .toList();
  }

  /**
   * The share of a person's assignments due on or before {@code today} that were completed.
   *
   * @param assignee the participant or support person; never {@code null}
   * @param today the day; never {@code null}
   * @return 0-100, or empty if nothing was due yet
   */
  public synchronized Optional<Integer> completionPercent(TypedId assignee, LocalDate today) {
    Objects.requireNonNull(assignee, "assignee == null");
    Objects.requireNonNull(today, "today == null");
    int due = 0;
    int done = 0;
    for (Assignment a : byId.values()) {
      if (a.assignee().equals(assignee) && !a.due().isAfter(today)) {
        due++;
        if (a.completed()) {
          done++;
        }
      }
    }
    return due == 0 ? Optional.empty() : Optional.of(100 * done / due);
  }

  /**
   * Signals for every open assignment past its due date in the given zone today.
   *
   * @param zone the zone that decides "today"; never {@code null}
   * @return one signal per overdue assignment
   */
  public synchronized List<EngagementSignal> overdue(ZoneId zone) {
    Objects.requireNonNull(zone, "zone == null");
    LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
    List<EngagementSignal> out = new ArrayList<>();
    for (Assignment a : byId.values()) {
      if (a.isOverdueOn(today)) {
        out.add(
            new EngagementSignal(
                SignalKind.ASSIGNMENT_OVERDUE,
                a.assignee(),
                a.due(),
                "assignment " + a.id() + " due " + a.due()));
      }
    }
    return out;
  }

  /**
   * Every assignment, in the order added.
   *
   * @return a snapshot
   */
  public synchronized List<Assignment> all() {
    return List.copyOf(byId.values());
  }
}
