package org.openiop.core.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.program.Session;

/**
 * Consent for who is present and for recording. Rule id {@code consent}; always an error.
 *
 * <ul>
 *   <li>Each support person in a session needs an active family release, signed by the participant
 *       they are linked to (who must be in the session), naming them as recipient, at the session's
 *       start.
 *   <li>A recorded session needs an active recording consent from every participant at its start.
 *       The domain model has no way for a support person to consent, so a recorded session with a
 *       support person present is refused.
 * </ul>
 *
 * <p>Thread-safe and stateless.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConsentRule implements SchedulingRule {
  /** The rule id. */
  public static final String ID = "consent";

  /** Creates the rule. */
  public ConsentRule() {}

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
    Instant at = s.start();
    List<RuleViolation> out = new ArrayList<>();
    for (SupportPersonId sid : s.supportPersons()) {
      Optional<SupportPerson> sp = context.directory().supportPerson(sid);
      if (sp.isEmpty()) {
        out.add(Rules.error(ID, s.id(), sid, Rules.name(sid) + " is not in the directory"));
        continue;
      }
      ParticipantId linked = sp.get().participant();
      if (!s.participants().contains(linked)) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                sid,
                Rules.name(sid) + " is not linked to a participant in the session"));
        continue;
      }
      if (!hasRelease(context.directory().consentsOf(linked), sid, at)) {
        out.add(
            new RuleViolation(
                ID,
                Severity.ERROR,
                s.id(),
                List.of(linked, sid),
                Rules.name(linked) + " has no active family release naming " + Rules.name(sid)));
      }
      if (s.recorded()) {
        out.add(
            Rules.error(
                ID,
                s.id(),
                sid,
                "recorded session: " + Rules.name(sid) + " has no way to consent to recording"));
      }
    }
    if (s.recorded()) {
      for (ParticipantId pid : s.participants()) {
        if (!has(context.directory().consentsOf(pid), ConsentType.RECORDING, at)) {
          out.add(
              Rules.error(
                  ID,
                  s.id(),
                  pid,
                  "recorded session: " + Rules.name(pid) + " has no active recording consent"));
        }
      }
    }
    return out;
  }

  static boolean hasRelease(List<Consent> consents, SupportPersonId recipient, Instant at) {
    for (Consent c : consents) {
      if (c.type() == ConsentType.FAMILY_RELEASE
          && c.familyRelease() != null
          && c.familyRelease().recipient().equals(recipient)
          && c.isActiveAt(at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(List<Consent> consents, ConsentType type, Instant at) {
    for (Consent c : consents) {
      if (c.type() == type && c.isActiveAt(at)) {
        return true;
      }
    }
    return false;
  }
}
