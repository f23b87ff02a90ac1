package org.openiop.examples.quickstart;

import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Credential;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.WorkingHours;
import org.openiop.core.people.WorkingWindow;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;
import org.openiop.core.schedule.BookingLedger;
import org.openiop.core.schedule.BookingResult;
import org.openiop.core.schedule.BuiltInRules;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.LedgerStore;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.ScheduleDirectory;

/**
 * Quickstart: describe a program, one clinician and a cohort, put a group session on the calendar
 * and book four participants into it under every built-in scheduling rule.
 *
 * <p>Three participants are in California, where the clinician is licensed, and are booked. The
 * fourth is in Nevada, where the clinician holds no licence or compact privilege: care is rendered
 * where the participant is, so the ledger refuses that booking and says why (rule {@code
 * licensure}). The output shows pseudonymous ids only.
 *
 * <p>Run it with {@code java -cp examples/target/iop-demo.jar
 * org.openiop.examples.quickstart.Quickstart}.
 */
public final class Quickstart {
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  /**
   * What the quickstart did.
   *
   * @param session the group session it created
   * @param booked the participants it booked
   * @param refused the violations of the one refused booking
   */
  public record Outcome(
      SessionId session, List<ParticipantId> booked, List<RuleViolation> refused) {
    /** Copies the lists. */
    public Outcome {
      booked = List.copyOf(booked);
      refused = List.copyOf(refused);
    }
  }

  private Quickstart() {}

  /**
   * Runs the quickstart and prints what happened.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Builds the program, books the group and prints each step to {@code out}.
   *
   * @param out where to print; never {@code null}
   * @return what was booked and refused
   */
  public static Outcome run(PrintStream out) {
    // 1. A fixed clock and seeded ids make the run repeatable; a real host uses the system clock
    //    and IdGenerator.secureRandom().
    Clock clock = Clock.fixed(Instant.parse("2026-02-27T17:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.seeded(7);

    // 2. The program: an adult IOP with a weekday-evening track of three-hour groups.
    Program program =
        Program.builder()
            .id(ProgramId.generate(ids))
            .name("Adult virtual IOP")
            .population(AgeGroup.ADULT)
            .tracks(List.of(new Track("weekday-evening", "Weekday evenings")))
            .sessionTemplates(
                List.of(
                    new SessionTemplate(
                        "weekday-evening",
                        DayOfWeek.MONDAY,
                        LocalTime.of(18, 0),
                        Duration.ofMinutes(180),
                        SessionKind.GROUP,
                        Modality.CBT,
                        "CBT skills")))
            .build();

    // 3. A clinician licensed in California only, working evenings every day.
    ClinicianId clinicianId = ClinicianId.generate(ids);
    List<WorkingWindow> evenings = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      evenings.add(new WorkingWindow(day, LocalTime.of(8, 0), LocalTime.of(22, 0)));
    }
    Clinician clinician =
        Clinician.builder()
            .id(clinicianId)
            .name(new PersonName("Example", "Clinician"))
            .credential(Credential.LCSW)
            .licenses(
                List.of(
                    new License(
                        Jurisdiction.of("US-CA"),
                        "LCSW",
                        "LCSW 10001",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        LicenseStatus.ACTIVE)))
            .qualifications(Set.of(Modality.CBT))
            .zone(LA)
            .workingHours(new WorkingHours(evenings, List.of()))
            .build();

    // 4. Four participants in the Pacific zone: three in California, one in Nevada.
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      boolean nevada = i == 3;
      participants.add(
          Participant.builder()
              .id(ParticipantId.generate(ids))
              .legalName(new PersonName("Example", "Participant"))
              .dateOfBirth(LocalDate.of(1990, 1, 1).plusYears(i))
              .ageGroup(AgeGroup.ADULT)
              .homeZone(LA)
              .locations(
                  LocationHistory.since(
                      Jurisdiction.of(nevada ? "US-NV" : "US-CA"), LA, LocalDate.of(2025, 1, 1)))
              .build());
    }

    // 5. The cohort follows the weekday-evening track in Los Angeles time; everyone is admitted.
    Cohort cohort =
        Cohort.empty(
            CohortId.generate(ids), program.id(), "weekday-evening", LA, List.of(clinicianId), 9);
    for (Participant p : participants) {
      cohort = cohort.admit(p.id(), MONDAY);
    }

    // 6. The directory is what the rules look people up in; the ledger checks every rule.
    ScheduleDirectory directory =
        ScheduleDirectory.builder()
            .programs(List.of(program))
            .clinicians(List.of(clinician))
            .participants(participants)
            .cohorts(List.of(cohort))
            .build();
    BookingLedger ledger =
        BookingLedger.builder(LedgerStore.inMemory())
            .clock(clock)
            .directory(directory)
            .addRules(BuiltInRules.standard(Duration.ofMinutes(10)))
            .build();

    // 7. Put Monday's 18:00 group on the calendar, with its facilitator and no one booked yet.
    SessionId sessionId = SessionId.generate(ids);
    Session group =
        new Session(
            sessionId,
            cohort.id(),
            SessionKind.GROUP,
            Modality.CBT,
            "CBT skills",
            MONDAY.atTime(18, 0).atZone(LA).toInstant(),
            LA,
            Duration.ofMinutes(180),
            List.of(clinicianId),
            List.of(),
            List.of(),
            SessionStatus.SCHEDULED,
            false);
    BookingResult created = ledger.create(new LedgerEntry(group, cohort.capacity()));
    if (!created.accepted()) {
      throw new IllegalStateException("the session was refused: " + created.errors());
    }
    out.println("created group session " + sessionId + " in cohort " + cohort.id());

    // 8. Book each participant. An accepted booking may carry warnings (e.g. a group still below
    //    its minimum size); a refused one changes nothing and names each rule it broke.
    List<ParticipantId> booked = new ArrayList<>();
    List<RuleViolation> refused = new ArrayList<>();
    for (Participant p : participants) {
      BookingResult r = ledger.book(sessionId, p.id());
      if (r.accepted()) {
        booked.add(p.id());
        out.println("booked " + p.id());
        r.violations().forEach(v -> out.println("  warning " + v.ruleId() + ": " + v.message()));
      } else {
        refused.addAll(r.errors());
        out.println("refused " + p.id());
        r.errors().forEach(v -> out.println("  " + v.ruleId() + ": " + v.message()));
      }
    }
    out.println(
        "session "
            + sessionId
            + " now holds "
            + ledger.calendar().entry(sessionId).orElseThrow().participants().size()
            + " participants");
    return new Outcome(sessionId, booked, refused);
  }
}
