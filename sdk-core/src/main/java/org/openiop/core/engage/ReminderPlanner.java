package org.openiop.core.engage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.OpenIopException;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionStatus;

/**
 * Plans the reminders for one session under a {@link ReminderPolicy}.
 *
 * <p>For each recipient and offset: a whole-day offset is taken on the recipient's local calendar
 * (same wall-clock time, days earlier), any other offset on the time line; a send time inside the
 * recipient's quiet hours is moved earlier to one minute before quiet hours began; send times
 * already in the past (by the planner's notion of {@code now}) are dropped; two reminders that land
 * on the same minute for the same person are merged into one (the larger offset's key is kept).
 * Cancelled and completed sessions get no reminders.
 *
 * <p>The text states only a time and, for support persons, that they are invited: never the topic,
 * kind, modality or anyone's name. Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReminderPlanner {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a zzz", Locale.US);

  private final ReminderPolicy policy;

  /**
   * A planner for a policy.
   *
   * @param policy the policy; never {@code null}
   */
  public ReminderPlanner(ReminderPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy == null");
  }

  /**
   * The policy this planner applies.
   *
   * @return never {@code null}
   */
  public ReminderPolicy policy() {
    return policy;
  }

  /**
   * Plans reminders for a session.
   *
   * @param session the session; never {@code null}
   * @param recipients who to remind (normally its participants and invited support persons); never
   *     {@code null}
   * @param now reminders due before this instant are left out; never {@code null}
   * @return the reminders, sorted by send time then recipient
   */
  public List<Reminder> plan(Session session, List<ReminderRecipient> recipients, Instant now) {
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(recipients, "recipients == null");
    Objects.requireNonNull(now, "now == null");
    if (session.status() == SessionStatus.CANCELLED
        || session.status() == SessionStatus.COMPLETED) {
      return List.of();
    }
    List<Duration> offsets = new ArrayList<>(policy.offsets());
    offsets.sort(Comparator.reverseOrder());
    List<Reminder> out = new ArrayList<>();
    for (ReminderRecipient r : recipients) {
      Objects.requireNonNull(r, "recipients contains null");
      Map<Instant, Reminder> byMinute = new LinkedHashMap<>();
      ZonedDateTime localStart = session.start().atZone(r.zone());
      String text = text(r, localStart);
      for (Duration offset : offsets) {
        ZonedDateTime planned = sendTime(localStart, offset);
        boolean moved = false;
        if (policy.isQuiet(planned.toLocalTime())) {
          planned = beforeQuietHours(planned);
          moved = true;
        }
        Instant sendAt = planned.toInstant();
        if (sendAt.isBefore(now) || !sendAt.isBefore(session.start())) {
          continue;
        }
        byMinute.putIfAbsent(
            sendAt,
            new Reminder(
                key(session, r, offset),
                session.id(),
                r.person(),
                sendAt,
                session.start(),
                r.zone(),
                offset,
                moved,
                text));
      }
      out.addAll(byMinute.values());
    }
    out.sort(Comparator.comparing(Reminder::sendAt).thenComparing(x -> x.recipient().value()));
    return List.copyOf(out);
  }

  private static ZonedDateTime sendTime(ZonedDateTime localStart, Duration offset) {
    if (offset.toSeconds() % Duration.ofDays(1).toSeconds() == 0) {
      return localStart.minusDays(offset.toDays());
    }
    return localStart.minus(offset);
  }

  /** The last minute before the quiet hours that contain {@code t} began. */
  private ZonedDateTime beforeQuietHours(ZonedDateTime t) {
    LocalDateTime local = t.toLocalDateTime();
    LocalDateTime quietBegan = local.toLocalDate().atTime(policy.quietStart());
    if (quietBegan.isAfter(local)) {
      quietBegan = quietBegan.minusDays(1);
    }
    return quietBegan.minusMinutes(1).atZone(t.getZone());
  }

  static String text(ReminderRecipient recipient, ZonedDateTime localStart) {
    String when = WHEN.format(localStart);
    return recipient.isSupportPerson()
        ? "You are invited to a session on " + when + "."
        : "You have a session on " + when + ".";
  }

  static String key(Session session, ReminderRecipient recipient, Duration offset) {
    String material =
        session.id().value()
            + '|'
            + recipient.person().getClass().getSimpleName()
            + ':'
            + recipient.person().value()
            + '|'
            + offset
            + '|'
            + session.start();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
      return "rem_" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new OpenIopException("SHA-256 is not available", e);
    }
  }
}
