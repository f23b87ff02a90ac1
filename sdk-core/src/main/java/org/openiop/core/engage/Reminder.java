package org.openiop.core.engage;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

/**
 * One planned reminder for one person about one session. Carries no clinical detail: the text names
 * a time, never the session's topic or kind.
 *
 * <p>The {@code idempotencyKey} is derived from the session, the recipient, the offset and the
 * session's start, so planning the same session twice gives the same keys, a rescheduled session
 * gives new ones, and a channel that remembers delivered keys never delivers one twice.
 *
 * @param idempotencyKey stable key for this reminder, {@code rem_} and 32 hex digits
 * @param session the session; never {@code null}
 * @param recipient the participant or support person reminded; never {@code null}
 * @param sendAt when to send; never {@code null}
 * @param sessionStart when the session starts; never {@code null}
 * @param zone the recipient's zone the text is written in; never {@code null}
 * @param offset the policy offset it was planned from; never {@code null}
 * @param movedForQuietHours whether the send time was moved earlier out of quiet hours
 * @param text the message, without clinical detail; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reminder(
    String idempotencyKey,
    SessionId session,
    TypedId recipient,
    Instant sendAt,
    Instant sessionStart,
    ZoneId zone,
    Duration offset,
    boolean movedForQuietHours,
    String text) {

  /** Checks presence, the key's form and that the reminder precedes the session. */
  public Reminder {
    Objects.requireNonNull(idempotencyKey, "idempotencyKey == null");
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(recipient, "recipient == null");
    Objects.requireNonNull(sendAt, "sendAt == null");
    Objects.requireNonNull(sessionStart, "sessionStart == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(offset, "offset == null");
    Objects.requireNonNull(text, "text == null");
    if (!idempotencyKey.matches("rem_[0-9a-f]{32}")) {
      throw InvalidInputException.of("idempotencyKey", "must be rem_ and 32 hex digits");
    }
    if (!sendAt.isBefore(sessionStart)) {
      throw InvalidInputException.of("sendAt", "must be before the session starts");
    }
  }

  @Override
  public String toString() {
    return "Reminder[key="
        + idempotencyKey
        + ", session="
        + session
        + ", recipient="
        + recipient
        + ", sendAt="
        + sendAt
        + "]";
  }
}
