package org.openiop.core.schedule;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Session;

/**
 * Sessions fall within each participant's local hours (default 07:00 to 22:00, configurable per
 * participant through {@link ScheduleDirectory#localHoursOf}), in the zone the participant is in at
 * the session's start. A session that crosses local midnight is outside them. Rule id {@code
 * participant-hours}; always an error.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ParticipantHoursRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "participant-hours";

  /** Creates the rule. */
  public ParticipantHoursRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    LedgerEntry after = change.after();
    if (after == null) {
      return List.of();
    }
    Session s = after.session();
    List<RuleViolation> out = new ArrayList<>();
    for (ParticipantId pid : s.participants()) {
      Optional<Participant> p = context.directory().participant(pid);
      if (p.isEmpty()) {
        out.add(Rules.error(ID, s.id(), pid, Rules.name(pid) + " is not in the directory"));
        continue;
      }
      ZoneId zone = Rules.zoneAt(p.get(), s.start());
      if (!within(s, zone, context.directory().localHoursOf(pid))) {
        LocalHours h = context.directory().localHoursOf(pid);
        out.add(
            Rules.error(
                ID,
                s.id(),
                pid,
                "session falls outside "
                    + Rules.name(pid)
                    + "'s local hours "
                    + h.earliestStart()
                    + "-"
                    + h.latestEnd()));
      }
    }
    return out;
  }

  static boolean within(Session s, ZoneId zone, LocalHours hours) {
    ZonedDateTime start = s.start().atZone(zone);
    ZonedDateTime end = s.end().atZone(zone);
    if (start.toLocalTime().isBefore(hours.earliestStart())) {
      return false;
    }
    if (!end.toLocalDate().equals(start.toLocalDate())) {
      return false;
    }
    return !end.toLocalTime().isAfter(hours.latestEnd());
  }
}
