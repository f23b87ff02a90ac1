package org.openiop.core.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Clinician;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;

/**
 * A clinician's load stays within their limits: hours per local day and per Monday-to-Sunday week
 * (in the clinician's zone, counting every session that starts in it), and caseload, counted as the
 * distinct participants in the clinician's individual and family sessions of that week. Rule id
 * {@code clinician-load}; always an error.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClinicianLoadRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "clinician-load";

  /** Creates the rule. */
  public ClinicianLoadRule() {}

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
    for (ClinicianId cid : s.facilitators()) {
      Optional<Clinician> c = context.directory().clinician(cid);
      if (c.isEmpty()) {
        continue; // reported by the availability and licensure rules
      }
      ZoneId zone = c.get().zone();
      LocalDate day = s.start().atZone(zone).toLocalDate();
      Duration daily = Rules.bookedIn(context.calendar(), cid, Rules.days(day, 1, zone), change);
      if (daily.compareTo(Duration.ofHours(c.get().limits().maxHoursPerDay())) > 0) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                cid,
                Rules.name(cid)
                    + " would work "
                    + Rules.hours(daily)
                    + " that day; the limit is "
                    + c.get().limits().maxHoursPerDay()
                    + " h"));
      }
      TimeSlot week = Rules.days(Rules.monday(day), 7, zone);
      List<LedgerEntry> weekly = Rules.entriesWithChange(context.calendar(), cid, week, change);
      Duration total = Duration.ZERO;
      Set<ParticipantId> caseload = new HashSet<>();
      for (LedgerEntry e : weekly) {
        total = total.plus(e.session().duration());
        SessionKind k = e.session().kind();
        if (k == SessionKind.INDIVIDUAL || k == SessionKind.FAMILY) {
          caseload.addAll(e.participants());
        }
      }
      if (total.compareTo(Duration.ofHours(c.get().limits().maxHoursPerWeek())) > 0) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                cid,
                Rules.name(cid)
                    + " would work "
                    + Rules.hours(total)
                    + " that week; the limit is "
                    + c.get().limits().maxHoursPerWeek()
                    + " h"));
      }
      if (caseload.size() > c.get().limits().maxCaseload()) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                cid,
                Rules.name(cid)
                    + " would see "
                    + caseload.size()
                    + " participants individually that week; the caseload limit is "
                    + c.get().limits().maxCaseload()));
      }
    }
    return out;
  }
}
