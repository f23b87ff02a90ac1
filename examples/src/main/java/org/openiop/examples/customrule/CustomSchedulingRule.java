package org.openiop.examples.customrule;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.schedule.BookingLedger;
import org.openiop.core.schedule.BookingResult;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.LedgerStore;
import org.openiop.core.schedule.RuleContext;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.ScheduleDirectory;
import org.openiop.core.schedule.SchedulingRule;

/**
 * Adds {@link OneSessionPerDayRule} to a booking ledger, shows it refusing an individual session on
 * a participant's group day and accepting one on the next day, and audits a calendar imported
 * without rules with {@link SchedulingRule#checkCalendar}.
 *
 * <p>A host adds its rule after the built-in ones: {@code
 * .addRules(BuiltInRules.standard(buffer)).addRule(new OneSessionPerDayRule())}; this example
 * registers only its own rule so that the output shows what that rule alone decides (the quickstart
 * shows the built-in rules). Run it with {@code java -cp examples/target/iop-demo.jar
 * org.openiop.examples.customrule.CustomSchedulingRule}.
 */
public final class CustomSchedulingRule {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

  /**
   * What the example observed.
   *
   * @param refused the violations of the refused booking
   * @param acceptedNextDay whether the booking on the next day was accepted
   * @param calendarAudit the violations the rule finds in a calendar imported without rules
   */
  public record Outcome(
      List<RuleViolation> refused, boolean acceptedNextDay, List<RuleViolation> calendarAudit) {
    /** Copies the lists. */
    public Outcome {
      refused = List.copyOf(refused);
      calendarAudit = List.copyOf(calendarAudit);
    }
  }

  private CustomSchedulingRule() {}

  /**
   * Runs the example and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Books under the custom rule and prints each step to {@code out}.
   *
   * @param out where to print; never {@code null}
   * @return what happened
   */
  public static Outcome run(PrintStream out) {
    Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.seeded(19);
    ParticipantId participant = ParticipantId.generate(ids);
    ClinicianId clinician = ClinicianId.generate(ids);
    ScheduleDirectory directory =
        ScheduleDirectory.builder()
            .participants(
                List.of(
                    Participant.builder()
                        .id(participant)
                        .legalName(new PersonName("Example", "Participant"))
                        .dateOfBirth(LocalDate.of(1988, 5, 1))
                        .ageGroup(AgeGroup.ADULT)
                        .homeZone(NY)
                        .locations(
                            LocationHistory.since(
                                Jurisdiction.of("US-NY"), NY, LocalDate.of(2025, 1, 1)))
                        .build()))
            .build();

    SchedulingRule rule = new OneSessionPerDayRule();
    BookingLedger ledger =
        BookingLedger.builder(LedgerStore.inMemory())
            .clock(clock)
            .directory(directory)
            .addRule(rule)
            .build();

    // A Tuesday evening group the participant is booked into.
    SessionId group = SessionId.generate(ids);
    ledger.create(entry(group, SessionKind.GROUP, TUESDAY, 18, clinician, participant));
    // An individual session the same Tuesday morning: refused by the host rule.
    SessionId sameDay = SessionId.generate(ids);
    BookingResult refused =
        ledger.create(entry(sameDay, SessionKind.INDIVIDUAL, TUESDAY, 10, clinician, participant));
    refused.errors().forEach(v -> out.println("refused: " + v.ruleId() + ": " + v.message()));
    // Wednesday instead: accepted.
    SessionId nextDay = SessionId.generate(ids);
    BookingResult accepted =
        ledger.create(
            entry(
                nextDay, SessionKind.INDIVIDUAL, TUESDAY.plusDays(1), 10, clinician, participant));
    out.println("individual session " + nextDay + (accepted.accepted() ? " booked" : " refused"));

    // The same rule audits a whole calendar, e.g. one imported from another system without any
    // rules: here both Tuesday sessions, so each of them is reported.
    BookingLedger imported = BookingLedger.builder(LedgerStore.inMemory()).clock(clock).build();
    List<LedgerEntry> calendar =
        List.of(
            entry(group, SessionKind.GROUP, TUESDAY, 18, clinician, participant),
            entry(sameDay, SessionKind.INDIVIDUAL, TUESDAY, 10, clinician, participant));
    calendar.forEach(imported::create);
    List<RuleViolation> audit =
        rule.checkCalendar(
            calendar, new RuleContext(imported.calendar(), directory, clock.instant()));
    out.println("imported calendar audit: " + audit.size() + " violation(s)");
    audit.forEach(v -> out.println("  " + v.sessionId() + ": " + v.message()));
    return new Outcome(refused.errors(), accepted.accepted(), audit);
  }

  private static LedgerEntry entry(
      SessionId id,
      SessionKind kind,
      LocalDate day,
      int hour,
      ClinicianId clinician,
      ParticipantId participant) {
    return new LedgerEntry(
        new Session(
            id,
            null,
            kind,
            kind == SessionKind.GROUP ? Modality.CBT : Modality.MI,
            kind == SessionKind.GROUP ? "CBT skills" : "Check-in",
            day.atTime(hour, 0).atZone(NY).toInstant(),
            NY,
            Duration.ofMinutes(kind == SessionKind.GROUP ? 180 : 50),
            List.of(clinician),
            List.of(participant),
            List.of(),
            SessionStatus.SCHEDULED,
            false),
        kind == SessionKind.GROUP ? 9 : 1);
  }
}
