package org.openiop.core.engage;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.SessionId;
import org.openiop.core.program.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the pending reminders of every session and delivers the due ones through a {@link
 * ReminderChannel}, exactly once per idempotency key.
 *
 * <pre>{@code
 * ReminderService reminders = new ReminderService(ReminderPolicy.DEFAULT, channel, clock);
 * reminders.schedule(session, recipients);      // booked
 * reminders.schedule(moved, recipients);        // rescheduled: re-planned, old ones withdrawn
 * reminders.cancel(session.id());               // cancelled: all pending withdrawn
 * reminders.dispatchDue();                      // from the host's scheduler, e.g. every minute
 * }</pre>
 *
 * <p>State is in memory: a host running several nodes keeps the delivered-key ledger in its own
 * store and lets the channel's provider deduplicate by key as well. Thread-safe: every method locks
 * this service; delivery happens outside the lock, and a key is marked delivered only after the
 * channel accepted it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReminderService {
  private static final Logger LOG = LoggerFactory.getLogger(ReminderService.class);

  private final ReminderPlanner planner;
  private final ReminderChannel channel;
  private final Clock clock;
  private final Map<SessionId, List<Reminder>> pending = new HashMap<>();
  private final Set<String> delivered = new HashSet<>();
  private final Set<String> inFlight = new HashSet<>();

  /**
   * A service.
   *
   * @param policy offsets and quiet hours; never {@code null}
   * @param channel where reminders go; never {@code null}
   * @param clock the clock; never {@code null}
   */
  public ReminderService(ReminderPolicy policy, ReminderChannel channel, Clock clock) {
    this.planner = new ReminderPlanner(Objects.requireNonNull(policy, "policy == null"));
    this.channel = Objects.requireNonNull(channel, "channel == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Plans (or re-plans) a session's reminders, replacing whatever was pending for it. A cancelled
   * session withdraws them all. Reminders already delivered are not planned again.
   *
   * @param session the session as it now stands; never {@code null}
   * @param recipients who to remind; never {@code null}
   * @return the reminders now pending for the session
   */
  public synchronized List<Reminder> schedule(Session session, List<ReminderRecipient> recipients) {
    List<Reminder> plan = planner.plan(session, recipients, clock.instant());
    List<Reminder> keep = new ArrayList<>();
    for (Reminder r : plan) {
      if (!delivered.contains(r.idempotencyKey())) {
        keep.add(r);
      }
    }
    List<Reminder> before = pending.put(session.id(), List.copyOf(keep));
    int withdrawn =
        before == null ? 0 : (int) before.stream().filter(r -> !plan.contains(r)).count();
    if (keep.isEmpty()) {
      pending.remove(session.id());
    }
    LOG.debug(
        "session {}: {} reminders pending, {} withdrawn", session.id(), keep.size(), withdrawn);
    return List.copyOf(keep);
  }

  /**
   * Withdraws every pending reminder of a session (it was cancelled).
   *
   * @param session the session's id; never {@code null}
   * @return the reminders withdrawn
   */
  public synchronized List<Reminder> cancel(SessionId session) {
    Objects.requireNonNull(session, "session == null");
    List<Reminder> before = pending.remove(session);
    LOG.debug("session {}: {} reminders withdrawn", session, before == null ? 0 : before.size());
    return before == null ? List.of() : before;
  }

  /**
   * The reminders pending for a session.
   *
   * @param session the session's id; never {@code null}
   * @return pending reminders, by send time
   */
  public synchronized List<Reminder> pending(SessionId session) {
    Objects.requireNonNull(session, "session == null");
    return pending.getOrDefault(session, List.of());
  }

  /**
   * Whether a reminder with this key has been delivered.
   *
   * @param idempotencyKey the key; never {@code null}
   * @return true if delivered
   */
  public synchronized boolean isDelivered(String idempotencyKey) {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    return delivered.contains(idempotencyKey);
  }

  /**
   * Delivers every pending reminder whose send time has come. A reminder the channel refuses stays
   * pending and is retried with the same key next time; one that is delivered is removed and its
   * key remembered. Safe to call from several threads: a reminder is handed to the channel by one
   * caller at a time.
   *
   * @return what was delivered and what failed
   */
  public DispatchReport dispatchDue() {
    List<Reminder> due = new ArrayList<>();
    Instant now = clock.instant();
    synchronized (this) {
      for (List<Reminder> list : pending.values()) {
        for (Reminder r : list) {
          if (!r.sendAt().isAfter(now)
              && !inFlight.contains(r.idempotencyKey())
              && !delivered.contains(r.idempotencyKey())) {
            due.add(r);
            inFlight.add(r.idempotencyKey());
          }
        }
      }
    }
    due.sort(Comparator.comparing(Reminder::sendAt).thenComparing(Reminder::idempotencyKey));
    List<String> ok = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (Reminder r : due) {
      boolean accepted = false;
      try {
        channel.deliver(r);
        accepted = true;
      } catch (ReminderDeliveryException e) {
        LOG.warn(
            "reminder {} for session {} not delivered, will retry",
            r.idempotencyKey(),
            r.session());
      } catch (RuntimeException e) {
        LOG.warn(
            "reminder {} for session {}: channel failed ({}), will retry",
            r.idempotencyKey(),
            r.session(),
            e.getClass().getSimpleName());
      }
      synchronized (this) {
        inFlight.remove(r.idempotencyKey());
        if (accepted) {
          delivered.add(r.idempotencyKey());
          ok.add(r.idempotencyKey());
          List<Reminder> list = pending.get(r.session());
          if (list != null) {
            List<Reminder> rest = new ArrayList<>(list);
            rest.removeIf(x -> x.idempotencyKey().equals(r.idempotencyKey()));
            if (rest.isEmpty()) {
              pending.remove(r.session());
            } else {
              pending.put(r.session(), List.copyOf(rest));
            }
          }
        } else {
          failed.add(r.idempotencyKey());
        }
      }
    }
    return new DispatchReport(ok, failed);
  }
}
