package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.TypedId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Participant;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

/**
 * Adolescents and adults are not mixed in a session, and a cohort's sessions hold only the
 * population its program serves. Rule id {@code population}; always an error.
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PopulationRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "population";

  /** Creates the rule. */
  public PopulationRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    Objects.requireNonNull(change, "change == null");
    Objects.requireNonNull(context, "context == null");
    LedgerEntry after = change.after();
    if (after == null || after.participants().isEmpty()) {
      return List.of();
    }
    Session s = after.session();
    List<RuleViolation> out = new ArrayList<>();
    List<TypedId> adults = new ArrayList<>();
    List<TypedId> adolescents = new ArrayList<>();
    for (ParticipantId pid : s.participants()) {
      Optional<Participant> p = context.directory().participant(pid);
      if (p.isEmpty()) {
        continue; // reported by the licensure and hours rules
      }
      AgeGroup group = p.get().ageGroup();
      (group == AgeGroup.ADULT ? adults : adolescents).add(pid);
      Optional<Program> program = Rules.programOf(context, s, pid);
      if (s.cohort() != null && program.isPresent() && program.get().population() != group) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                pid,
                Rules.name(pid)
                    + " is not in the population "
                    + program.get().population()
                    + " that the cohort's program serves"));
      }
    }
    if (!adults.isEmpty() && !adolescents.isEmpty()) {
      List<TypedId> all = new ArrayList<>(adults);
      all.addAll(adolescents);
      out.add(
          new RuleViolation(
              ID,
              Severity.ERROR,
              s.id(),
              all,
              "session " + s.id().value() + " mixes adults and adolescents"));
    }
    return out;
  }
}
