package org.openiop.core.schedule;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.TypedId;
import org.openiop.core.people.Clinician;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;

/**
 * A session in a modality that needs training has at least one facilitator qualified in it (a DBT
 * skills group needs a DBT-trained facilitator), and every session has a facilitator. Rule id
 * {@code qualification}; always an error.
 *
 * <p>Thread-safe and immutable.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QualificationRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "qualification";

  /** Modalities that need a qualified facilitator by default. */
  public static final Set<Modality> DEFAULT_REQUIRED =
      Set.copyOf(
          EnumSet.of(
              Modality.DBT,
              Modality.EMDR,
              Modality.TRAUMA_FOCUSED,
              Modality.MEDICATION_MANAGEMENT));

  private final Set<Modality> required;

  /** Creates the rule with {@link #DEFAULT_REQUIRED}. */
  public QualificationRule() {
    this(DEFAULT_REQUIRED);
  }

  /**
   * Creates the rule for the given modalities.
   *
   * @param required the modalities that need a qualified facilitator; never {@code null}
   */
  public QualificationRule(Set<Modality> required) {
    this.required = Set.copyOf(Objects.requireNonNull(required, "required == null"));
  }

  /**
   * Whether sessions in {@code modality} need a qualified facilitator under this rule.
   *
   * @param modality the modality; never {@code null}
   * @return true if a qualification is required
   */
  public boolean requires(Modality modality) {
    return required.contains(Objects.requireNonNull(modality, "modality == null"));
  }

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
    if (s.facilitators().isEmpty()) {
      return List.of(
          new RuleViolation(
              ID,
              Severity.ERROR,
              s.id(),
              List.of(),
              "session " + s.id().value() + " has no facilitator"));
    }
    if (!required.contains(s.modality())) {
      return List.of();
    }
    for (ClinicianId cid : s.facilitators()) {
      Optional<Clinician> c = context.directory().clinician(cid);
      if (c.isPresent() && c.get().isQualifiedIn(s.modality())) {
        return List.of();
      }
    }
    return List.of(
        new RuleViolation(
            ID,
            Severity.ERROR,
            s.id(),
            List.<TypedId>copyOf(s.facilitators()),
            "no facilitator of session " + s.id().value() + " is qualified in " + s.modality()));
  }
}
