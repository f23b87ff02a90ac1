package org.openiop.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.LocationStay;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Session;

/**
 * Care is rendered where the participant is: every facilitator needs an active licence or compact
 * privilege for the jurisdiction each participant is located in, for the whole session. Rule id
 * {@code licensure}; always an error.
 *
 * <p>The participant's location comes from their location history; the date a licence must be valid
 * on is the participant's local date (in the zone of the stay they are in) at the session's start
 * and at its last minute. So a licence valid until 10 March covers a session at 23:00 on 10 March
 * in the participant's zone, not one at 00:00 on 11 March, and not one that starts at 23:30 and
 * crosses midnight. A participant who travels is checked against the jurisdiction of each session's
 * date. Compact privileges are resolved with {@link Clinician#authorityIn(Jurisdiction, LocalDate,
 * org.openiop.core.people.CompactRegistry)} against the directory's compact registry.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LicensureRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "licensure";

  /** Creates the rule. */
  public LicensureRule() {}

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
    Instant last = s.end().minusMillis(1);
    List<RuleViolation> out = new ArrayList<>();
    for (ParticipantId pid : s.participants()) {
      Optional<Participant> p = context.directory().participant(pid);
      if (p.isEmpty()) {
        out.add(Rules.error(ID, s.id(), pid, Rules.name(pid) + " is not in the directory"));
        continue;
      }
      Set<Checkpoint> points = new LinkedHashSet<>();
      for (Instant t : List.of(s.start(), last)) {
        Optional<LocationStay> stay = Rules.stayAt(p.get(), t);
        if (stay.isEmpty()) {
          out.add(
              Rules.error(
                  ID, s.id(), pid, Rules.name(pid) + " has no known location at session time"));
          points.clear();
          break;
        }
        points.add(
            new Checkpoint(stay.get().jurisdiction(), t.atZone(stay.get().zone()).toLocalDate()));
      }
      for (ClinicianId cid : s.facilitators()) {
        Optional<Clinician> c = context.directory().clinician(cid);
        if (c.isEmpty()) {
          out.add(Rules.error(ID, s.id(), cid, Rules.name(cid) + " is not in the directory"));
          continue;
        }
        for (Checkpoint point : points) {
          if (c.get()
              .authorityIn(point.jurisdiction(), point.date(), context.directory().compacts())
              .isEmpty()) {
            out.add(
                new RuleViolation(
                    ID,
                    Severity.ERROR,
                    s.id(),
                    List.of(cid, pid),
                    Rules.name(cid)
                        + " holds no licence or compact privilege for "
                        + point.jurisdiction().code()
                        + ", where "
                        + Rules.name(pid)
                        + " is located, valid for the whole session"));
            break;
          }
        }
      }
    }
    return out;
  }

  private record Checkpoint(Jurisdiction jurisdiction, LocalDate date) {}
}
