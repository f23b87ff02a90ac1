package org.openiop.core.schedule;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;

/**
 * A proposed change to one session: its entry before and after. A new session has no {@code
 * before}; a cancelled one has no {@code after}.
 *
 * @param before the entry as it is now, or {@code null} for a new session
 * @param after the entry as proposed, or {@code null} for a cancellation
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ScheduleChange(@Nullable LedgerEntry before, @Nullable LedgerEntry after) {
  /** Checks that the change is about one session. */
  public ScheduleChange {
    if (before == null && after == null) {
      throw new IllegalArgumentException("a change needs a before or an after");
    }
    if (before != null && after != null && !before.sessionId().equals(after.sessionId())) {
      throw new IllegalArgumentException("before and after must be the same session");
    }
  }

  /**
   * A change that adds {@code entry} to the calendar.
   *
   * @param entry the new session; never {@code null}
   * @return the change
   */
  public static ScheduleChange adding(LedgerEntry entry) {
    return new ScheduleChange(null, Objects.requireNonNull(entry, "entry == null"));
  }

  /**
   * A change that leaves {@code entry} as it is: how a whole calendar is checked entry by entry.
   *
   * @param entry the session, already on the calendar; never {@code null}
   * @return the change
   */
  public static ScheduleChange unchanged(LedgerEntry entry) {
    Objects.requireNonNull(entry, "entry == null");
    return new ScheduleChange(entry, entry);
  }

  /**
   * The session concerned.
   *
   * @return its id
   */
  public SessionId sessionId() {
    return after != null ? after.sessionId() : Objects.requireNonNull(before).sessionId();
  }

  /**
   * The proposed entry, absent for a cancellation.
   *
   * @return the entry or empty
   */
  public Optional<LedgerEntry> proposed() {
    return Optional.ofNullable(after);
  }
}
