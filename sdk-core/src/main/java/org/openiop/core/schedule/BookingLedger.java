package org.openiop.core.schedule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Books, reschedules and cancels sessions atomically under the scheduling rules.
 *
 * <p>Each request reads the versions of the session and of every person it touches, checks every
 * rule against the calendar, and commits through {@link LedgerStore#commit} only if none of those
 * versions moved in between; otherwise it re-reads and checks again (up to {@code maxAttempts}
 * times). Concurrent requests therefore never exceed a capacity or double-book anyone, on one node
 * or on many sharing a database. A refused request returns its violations and changes nothing; an
 * accepted one returns and emits a {@link BookingEvent}. A request that changes nothing (booking
 * someone who is already booked) is accepted without a commit and without notifying the listener.
 *
 * <p>Thread-safe: one instance serves any number of threads.
 *
 * <pre>{@code
 * BookingLedger ledger = BookingLedger.builder(LedgerStore.inMemory())
 *     .clock(clock)
 *     .directory(directory)
 *     .addRules(BuiltInRules.standard(Duration.ofMinutes(10)))
 *     .listener(event -> reminders.enqueue(event))
 *     .build();
 * BookingResult r = ledger.book(sessionId, participantId);
 * if (!r.accepted()) r.errors().forEach(v -> log.info("{} {}", v.ruleId(), v.sessionId()));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BookingLedger {
  /** Rule id of the refusal returned when contention outlasts every retry. */
  public static final String CONTENTION = "ledger.contention";

  /** Rule id of the refusal for a session the ledger does not hold (or already holds). */
  public static final String UNKNOWN_SESSION = "ledger.session";

  private static final Logger LOG = LoggerFactory.getLogger(BookingLedger.class);

  private final LedgerStore store;
  private final List<SchedulingRule> rules;
  private final Clock clock;
  private final BookingListener listener;
  private final int maxAttempts;
  private final ScheduleDirectory directory;

  private BookingLedger(Builder b) {
    this.store = b.store;
    this.rules = List.copyOf(b.rules);
    this.clock = Objects.requireNonNull(b.clock, "clock not set");
    this.listener = b.listener;
    this.maxAttempts = b.maxAttempts;
    this.directory = b.directory;
  }

  /**
   * Starts a ledger over {@code store}.
   *
   * @param store the store; never {@code null}
   * @return a builder
   */
  public static Builder builder(LedgerStore store) {
    return new Builder(store);
  }

  /**
   * The calendar the ledger writes to.
   *
   * @return the store's read view
   */
  public CalendarView calendar() {
    return store;
  }

  /**
   * Puts a new session, with whoever it already lists, on the calendar.
   *
   * @param entry the session; never {@code null}
   * @return accepted, or refused with violations (also when the session already exists)
   */
  public BookingResult create(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry == null");
    return apply(
        entry.sessionId(),
        BookingEvent.Kind.SESSION_CREATED,
        before -> before == null ? entry : null,
        "already exists");
  }

  /**
   * Books a participant, clinician or support person into a session.
   *
   * @param sessionId the session; never {@code null}
   * @param person the person; never {@code null}
   * @return accepted, or refused with violations
   */
  public BookingResult book(SessionId sessionId, TypedId person) {
    Objects.requireNonNull(sessionId, "sessionId == null");
    Objects.requireNonNull(person, "person == null");
    return apply(
        sessionId,
        BookingEvent.Kind.BOOKED,
        before -> before == null ? null : before.with(person),
        "is not on the calendar");
  }

  /**
   * Cancels one person's booking in a session.
   *
   * @param sessionId the session; never {@code null}
   * @param person the person; never {@code null}
   * @return accepted, or refused with violations
   */
  public BookingResult cancel(SessionId sessionId, TypedId person) {
    Objects.requireNonNull(sessionId, "sessionId == null");
    Objects.requireNonNull(person, "person == null");
    return apply(
        sessionId,
        BookingEvent.Kind.BOOKING_CANCELLED,
        before -> before == null ? null : before.without(person),
        "is not on the calendar");
  }

  /**
   * Moves a session, with everyone in it, to a new time.
   *
   * @param sessionId the session; never {@code null}
   * @param newSlot the new time; never {@code null}
   * @return accepted, or refused with violations
   */
  public BookingResult reschedule(SessionId sessionId, TimeSlot newSlot) {
    Objects.requireNonNull(sessionId, "sessionId == null");
    Objects.requireNonNull(newSlot, "newSlot == null");
    return apply(
        sessionId,
        BookingEvent.Kind.RESCHEDULED,
        before -> before == null ? null : before.movedTo(newSlot),
        "is not on the calendar");
  }

  /**
   * Cancels a whole session.
   *
   * @param sessionId the session; never {@code null}
   * @return accepted, or refused with violations
   */
  public BookingResult cancel(SessionId sessionId) {
    Objects.requireNonNull(sessionId, "sessionId == null");
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      long sessionVersion = store.version(sessionId);
      Optional<LedgerEntry> before = store.entry(sessionId);
      if (before.isEmpty()) {
        return unknown(sessionId, "is not on the calendar");
      }
      Map<TypedId, Long> versions = versionsOf(sessionId, sessionVersion, before.get(), null);
      ScheduleChange change = new ScheduleChange(before.get(), null);
      List<RuleViolation> violations = check(change);
      if (violations.stream().anyMatch(RuleViolation::isError)) {
        return new BookingResult(null, violations);
      }
      if (store.commit(new LedgerCommit(versions, List.of(), Set.of(sessionId)))) {
        return accepted(BookingEvent.Kind.SESSION_CANCELLED, change, violations);
      }
    }
    return contention(sessionId);
  }

  private BookingResult apply(
      SessionId sessionId,
      BookingEvent.Kind kind,
      Function<@Nullable LedgerEntry, @Nullable LedgerEntry> next,
      String missing) {
    for (int attempt = 0; attempt < maxAttempts; attempt++) {
      long sessionVersion = store.version(sessionId);
      LedgerEntry before = store.entry(sessionId).orElse(null);
      LedgerEntry after = next.apply(before);
      if (after == null) {
        return unknown(sessionId, missing);
      }
      if (after.equals(before)) {
        return new BookingResult(
            new BookingEvent(kind, sessionId, before, after, clock.instant()), List.of());
      }
      Map<TypedId, Long> versions = versionsOf(sessionId, sessionVersion, before, after);
      ScheduleChange change = new ScheduleChange(before, after);
      List<RuleViolation> violations = check(change);
      if (violations.stream().anyMatch(RuleViolation::isError)) {
        return new BookingResult(null, violations);
      }
      if (store.commit(new LedgerCommit(versions, List.of(after), Set.of()))) {
        return accepted(kind, change, violations);
      }
    }
    return contention(sessionId);
  }

  private Map<TypedId, Long> versionsOf(
      SessionId sessionId,
      long sessionVersion,
      @Nullable LedgerEntry before,
      @Nullable LedgerEntry after) {
    Set<TypedId> people = new LinkedHashSet<>();
    if (before != null) {
      people.addAll(before.people());
    }
    if (after != null) {
      people.addAll(after.people());
    }
    Map<TypedId, Long> versions = new HashMap<>();
    versions.put(sessionId, sessionVersion);
    for (TypedId p : people) {
      versions.put(p, store.version(p));
    }
    return versions;
  }

  private List<RuleViolation> check(ScheduleChange change) {
    RuleContext context = new RuleContext(store, directory, clock.instant());
    List<RuleViolation> out = new ArrayList<>();
    for (SchedulingRule rule : rules) {
      out.addAll(rule.check(change, context));
    }
    out.sort(Comparator.comparing(RuleViolation::severity));
    return out;
  }

  private BookingResult accepted(
      BookingEvent.Kind kind, ScheduleChange change, List<RuleViolation> warnings) {
    BookingEvent event =
        new BookingEvent(
            kind, change.sessionId(), change.before(), change.after(), clock.instant());
    try {
      listener.onEvent(event);
    } catch (RuntimeException e) {
      LOG.warn("booking listener failed for session {}", change.sessionId().value(), e);
    }
    return new BookingResult(event, warnings);
  }

  private static BookingResult unknown(SessionId sessionId, String what) {
    return new BookingResult(
        null,
        List.of(
            new RuleViolation(
                UNKNOWN_SESSION,
                Severity.ERROR,
                sessionId,
                List.of(),
                "session " + sessionId.value() + " " + what)));
  }

  private BookingResult contention(SessionId sessionId) {
    LOG.info("booking of session {} gave up after {} attempts", sessionId.value(), maxAttempts);
    return new BookingResult(
        null,
        List.of(
            new RuleViolation(
                CONTENTION,
                Severity.ERROR,
                sessionId,
                List.of(),
                "session " + sessionId.value() + " kept changing; try again")));
  }

  /** Configures a {@link BookingLedger}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final LedgerStore store;
    private final List<SchedulingRule> rules = new ArrayList<>();
    private @Nullable Clock clock;
    private BookingListener listener = BookingListener.NONE;
    private int maxAttempts = 64;
    private ScheduleDirectory directory = ScheduleDirectory.builder().build();

    private Builder(LedgerStore store) {
      this.store = Objects.requireNonNull(store, "store == null");
    }

    /**
     * The clock that stamps events (required).
     *
     * @param clock the clock; never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Adds a rule; rules run in the order added.
     *
     * @param rule the rule; never {@code null}
     * @return this builder
     */
    public Builder addRule(SchedulingRule rule) {
      rules.add(Objects.requireNonNull(rule, "rule == null"));
      return this;
    }

    /**
     * Adds rules in order.
     *
     * @param rules the rules; never {@code null}
     * @return this builder
     */
    public Builder addRules(List<? extends SchedulingRule> rules) {
      Objects.requireNonNull(rules, "rules == null").forEach(this::addRule);
      return this;
    }

    /**
     * The facts about people, programs and consents that rules look up; default empty (rules that
     * need a person then report them as unknown).
     *
     * @param directory the directory; never {@code null}
     * @return this builder
     */
    public Builder directory(ScheduleDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory == null");
      return this;
    }

    /**
     * The listener for committed changes; default {@link BookingListener#NONE}.
     *
     * @param listener the listener; never {@code null}
     * @return this builder
     */
    public Builder listener(BookingListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * How often a request re-reads and re-checks when another commit got in first; default 64.
     *
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Builds the ledger.
     *
     * @return the ledger
     * @throws IllegalStateException if no clock was set
     */
    public BookingLedger build() {
      if (clock == null) {
        throw new IllegalStateException("clock not set");
      }
      return new BookingLedger(this);
    }
  }
}
