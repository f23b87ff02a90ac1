package org.openiop.examples.customrule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.openiop.core.ParticipantId;
import org.openiop.core.people.Participant;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.RuleContext;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.ScheduleChange;
import org.openiop.core.schedule.SchedulingRule;
import org.openiop.core.schedule.Severity;
import org.openiop.core.schedule.TimeSlot;

/**
 * A host's own scheduling rule: a participant has at most one session per local day, so an
 * individual session is never stacked on a group day. Rule id {@value #ID}; an error.
 *
 * <p>The day is the participant's local day in their home zone (the session's zone for someone the
 * directory does not know). It keeps the {@link SchedulingRule} contract: stateless and so safe for
 * concurrent use, no I/O (everything comes from the {@link RuleContext}), never throws for
 * well-formed input, silent about cancellations, and messages name ids and dates only.
 */
public final class OneSessionPerDayRule implements SchedulingRule {
  /** The rule's id. */
  public static final String ID = "host.one-session-per-day";

  /** Creates the rule. */
  public OneSessionPerDayRule() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<RuleViolation> check(ScheduleChange change, RuleContext context) {
    LedgerEntry after = change.after();
    if (after == null) {
      return List.of(); // a cancellation cannot put two sessions on one day
    }
    List<RuleViolation> out = new ArrayList<>();
    for (ParticipantId who : after.participants()) {
      ZoneId zone =
          context
              .directory()
              .participant(who)
              .map(Participant::homeZone)
              .orElse(after.session().zone());
      LocalDate day = after.session().start().atZone(zone).toLocalDate();
      TimeSlot wholeDay =
          new TimeSlot(
              day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
      // The calendar is the state before the change: skip the changed session's own entry.
      for (LedgerEntry other : context.calendar().entriesOf(who, wholeDay)) {
        boolean startsThatDay = !other.session().start().isBefore(wholeDay.start());
        if (!other.sessionId().equals(after.sessionId()) && startsThatDay) {
          out.add(
              new RuleViolation(
                  ID,
                  Severity.ERROR,
                  after.sessionId(),
                  List.of(who),
                  "participant "
                      + who.value()
                      + " already has session "
                      + other.sessionId().value()
                      + " on "
                      + day));
          break;
        }
      }
    }
    return out;
  }
}
