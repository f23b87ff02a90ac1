package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.people.Clinician;
import org.openiop.core.program.Session;

/**
 * Every facilitator works at the session's time: inside one of their weekly working windows (in the
 * clinician's zone, start and end on the same local day) and not during time off. Rule id {@code
 * clinician-availability}; always an error.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClinicianAvailabilityRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "clinician-availability";

  /** Creates the rule. */
  public ClinicianAvailabilityRule() {}

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
        out.add(Rules.error(ID, s.id(), cid, Rules.name(cid) + " is not in the directory"));
      } else if (!c.get().workingHours().isAvailable(s.start(), s.end(), c.get().zone())) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                cid,
                "session falls outside " + Rules.name(cid) + "'s working hours or in time off"));
      }
    }
    return out;
  }
}
