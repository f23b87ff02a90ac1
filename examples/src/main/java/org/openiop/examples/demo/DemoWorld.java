package org.openiop.examples.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.CompactPrivilege;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Credential;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.people.SupportRelation;
import org.openiop.core.people.WorkingHours;
import org.openiop.core.people.WorkingWindow;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;

/**
 * The people and the program of the demo, generated from the seed: three clinicians licensed in
 * different jurisdictions (one with a PSYPACT privilege), referrals across several time zones (one
 * of whom travels during week 2) and an adult IOP with a weekday-evening and a weekend track.
 *
 * <p>Names, e-mail addresses and phone numbers are invented here and are PHI as far as the demo is
 * concerned: they live in the domain objects and never reach the console, the log or the outputs.
 */
final class DemoWorld {
  static final String WEEKDAY = "weekday-evening";
  static final String WEEKEND = "weekend";
  static final ZoneId EASTERN = ZoneId.of("America/New_York");
  static final ZoneId CENTRAL = ZoneId.of("America/Chicago");
  static final ZoneId MOUNTAIN = ZoneId.of("America/Denver");
  static final ZoneId ARIZONA = ZoneId.of("America/Phoenix");
  static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  /** Where a referral lives, which track suits them, and how the screening will come out. */
  enum Profile {
    NY_WEEKDAY("US-NY", EASTERN, WEEKDAY, Intake.IOP),
    NJ_TRAVELLER("US-NJ", EASTERN, WEEKDAY, Intake.IOP),
    NY_RISK("US-NY", EASTERN, WEEKDAY, Intake.IOP),
    NJ_WEEKDAY("US-NJ", EASTERN, WEEKDAY, Intake.IOP),
    IL_WEEKEND("US-IL", CENTRAL, WEEKEND, Intake.IOP),
    TX_WEEKEND("US-TX", CENTRAL, WEEKEND, Intake.IOP),
    CO_FAMILY("US-CO", MOUNTAIN, WEEKEND, Intake.IOP),
    CO_WEEKEND("US-CO", MOUNTAIN, WEEKEND, Intake.IOP),
    WA_HIGHER("US-WA", PACIFIC, WEEKEND, Intake.HIGHER),
    NY_WEEKDAY_2("US-NY", EASTERN, WEEKDAY, Intake.IOP),
    IL_LOWER("US-IL", CENTRAL, WEEKEND, Intake.LOWER),
    TX_WEEKEND_2("US-TX", CENTRAL, WEEKEND, Intake.IOP);

    final Jurisdiction home;
    final ZoneId zone;
    final String track;
    final Intake intake;

    Profile(String home, ZoneId zone, String track, Intake intake) {
      this.home = Jurisdiction.of(home);
      this.zone = zone;
      this.track = track;
      this.intake = intake;
    }
  }

  /** How the intake screening is scripted to come out. */
  enum Intake {
    IOP,
    HIGHER,
    LOWER
  }

  /** A referral: the participant, their scripted profile and, for one, a support person. */
  record Referral(Participant participant, Profile profile, SupportPerson supportPerson) {
    ParticipantId id() {
      return participant.id();
    }

    boolean hasFamily() {
      return supportPerson != null;
    }
  }

  private static final String[] GIVEN = {
    "Avery", "Blake", "Casey", "Devon", "Emerson", "Finley", "Harper", "Jordan", "Kendall", "Logan",
    "Morgan", "Parker", "Quinn", "Reese", "Rowan", "Sawyer", "Taylor", "Skyler"
  };
  private static final String[] FAMILY = {
    "Abernathy", "Bellweather", "Castellano", "Delacroix", "Eastwood", "Fairbanks", "Galloway",
    "Hollister", "Ingleby", "Jessup", "Kingsley", "Lockhart", "Montague", "Northcott"
  };

  final LocalDate programStart;
  final int weeks;
  final Clinician east;
  final Clinician central;
  final Clinician psychologist;
  final Program program;
  final List<Referral> referrals;
  final int travellerIndex;

  DemoWorld(long seed, LocalDate programStart, int weeks, int participants) {
    this.programStart = programStart;
    this.weeks = weeks;
    IdGenerator ids = IdGenerator.seeded(seed);
    Random random = new Random(seed ^ 0x5DEECE66DL);
    this.east =
        clinician(
            ClinicianId.generate(ids),
            Credential.LCSW,
            EASTERN,
            List.of(
                license("US-NY", "LCSW", "NY-LCSW-0871", LocalDate.of(2019, 1, 1), null),
                license(
                    "US-NJ",
                    "LCSW",
                    "NJ-44SC0998",
                    LocalDate.of(2021, 6, 1),
                    LocalDate.of(2027, 6, 30))),
            List.of(),
            Set.of(Modality.CBT, Modality.DBT, Modality.RELAPSE_PREVENTION),
            weekdays(LocalTime.of(9, 0), LocalTime.of(21, 30)),
            person(random, 0));
    List<WorkingWindow> centralHours =
        new ArrayList<>(weekdays(LocalTime.of(9, 0), LocalTime.of(21, 0)));
    centralHours.add(
        new WorkingWindow(DayOfWeek.SATURDAY, LocalTime.of(8, 0), LocalTime.of(14, 0)));
    centralHours.add(new WorkingWindow(DayOfWeek.SUNDAY, LocalTime.of(8, 0), LocalTime.of(14, 0)));
    this.central =
        clinician(
            ClinicianId.generate(ids),
            Credential.LPC,
            CENTRAL,
            List.of(
                license("US-IL", "LCPC", "180-009921", LocalDate.of(2018, 3, 1), null),
                license(
                    "US-TX",
                    "LPC",
                    "TX-77120",
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2027, 12, 31)),
                license("US-CO", "LPC", "LPC.0019833", LocalDate.of(2022, 9, 1), null)),
            List.of(),
            Set.of(Modality.CBT, Modality.DBT, Modality.RELAPSE_PREVENTION),
            centralHours,
            person(random, 1));
    this.psychologist =
        clinician(
            ClinicianId.generate(ids),
            Credential.PSYCHOLOGIST,
            MOUNTAIN,
            List.of(
                license("US-CO", "Psychologist", "PSY.0004417", LocalDate.of(2016, 1, 1), null)),
            List.of(
                new CompactPrivilege(
                    "PSYPACT",
                    Jurisdiction.of("US-CO"),
                    null,
                    "APIT-12093",
                    LocalDate.of(2024, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    LicenseStatus.ACTIVE)),
            Set.of(Modality.CBT, Modality.FAMILY_THERAPY, Modality.TRAUMA_FOCUSED),
            weekdays(LocalTime.of(8, 0), LocalTime.of(19, 0)),
            person(random, 2));
    this.program = program(ProgramId.generate(ids), weeks);
    List<Referral> list = new ArrayList<>();
    int traveller = -1;
    for (int i = 0; i < participants; i++) {
      Profile profile = Profile.values()[i % Profile.values().length];
      ParticipantId pid = ParticipantId.generate(ids);
      PersonName name = person(random, 10 + i);
      LocationHistory locations =
          LocationHistory.since(profile.home, profile.zone, LocalDate.of(2024, 1, 1));
      if (profile == Profile.NJ_TRAVELLER && traveller < 0 && weeks >= 3) {
        traveller = i;
        LocalDate away = programStart.plusWeeks(1);
        locations =
            locations
                .movedTo(Jurisdiction.of("US-AZ"), ARIZONA, away)
                .movedTo(profile.home, profile.zone, away.plusWeeks(1));
      }
      Participant participant =
          Participant.builder()
              .id(pid)
              .legalName(name)
              .dateOfBirth(LocalDate.of(1970 + random.nextInt(35), 1 + random.nextInt(12), 10))
              .ageGroup(AgeGroup.ADULT)
              .contact(contact(name, i))
              .homeZone(profile.zone)
              .locations(locations)
              .preferredLanguage("en-US")
              .build();
      SupportPerson support = null;
      if (profile == Profile.CO_FAMILY) {
        PersonName supportName = person(random, 100 + i);
        support =
            new SupportPerson(
                SupportPersonId.generate(ids),
                pid,
                SupportRelation.SPOUSE_OR_PARTNER,
                supportName,
                contact(supportName, 100 + i));
      }
      list.add(new Referral(participant, profile, support));
    }
    this.referrals = List.copyOf(list);
    this.travellerIndex = traveller;
  }

  List<Clinician> clinicians() {
    return List.of(east, central, psychologist);
  }

  List<SupportPerson> supportPersons() {
    return referrals.stream().filter(Referral::hasFamily).map(Referral::supportPerson).toList();
  }

  /** Every seeded piece of PHI: names, e-mail addresses and phone numbers, for the leak check. */
  List<String> phi() {
    List<String> out = new ArrayList<>();
    for (Clinician c : clinicians()) {
      addName(out, c.name());
      addContact(out, c.contact());
    }
    for (Referral r : referrals) {
      addName(out, r.participant().legalName());
      addContact(out, r.participant().contact());
      if (r.hasFamily()) {
        addName(out, r.supportPerson().name());
        addContact(out, r.supportPerson().contact());
      }
    }
    return out;
  }

  private static void addName(List<String> out, PersonName name) {
    out.add(name.given() + " " + name.family());
    out.add(name.family());
  }

  private static void addContact(List<String> out, ContactInfo contact) {
    if (contact.email() != null) {
      out.add(contact.email());
    }
    if (contact.phone() != null) {
      out.add(contact.phone());
    }
  }

  private static PersonName person(Random random, int salt) {
    return new PersonName(
        GIVEN[Math.floorMod(random.nextInt() + salt, GIVEN.length)],
        FAMILY[Math.floorMod(random.nextInt() + salt, FAMILY.length)]);
  }

  private static ContactInfo contact(PersonName name, int i) {
    return new ContactInfo(
        name.given().toLowerCase(java.util.Locale.ROOT)
            + "."
            + name.family().toLowerCase(java.util.Locale.ROOT)
            + i
            + "@example.org",
        String.format(java.util.Locale.ROOT, "+1555010%04d", 1000 + i));
  }

  private static License license(
      String jurisdiction, String type, String number, LocalDate from, LocalDate until) {
    return new License(
        Jurisdiction.of(jurisdiction), type, number, from, until, LicenseStatus.ACTIVE);
  }

  private static List<WorkingWindow> weekdays(LocalTime start, LocalTime end) {
    List<WorkingWindow> out = new ArrayList<>();
    for (DayOfWeek d :
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)) {
      out.add(new WorkingWindow(d, start, end));
    }
    return out;
  }

  private static Clinician clinician(
      ClinicianId id,
      Credential credential,
      ZoneId zone,
      List<License> licenses,
      List<CompactPrivilege> compacts,
      Set<Modality> qualifications,
      List<WorkingWindow> hours,
      PersonName name) {
    return Clinician.builder()
        .id(id)
        .name(name)
        .credential(credential)
        .licenses(licenses)
        .compactPrivileges(compacts)
        .qualifications(qualifications)
        .zone(zone)
        .workingHours(new WorkingHours(hours, List.of()))
        .limits(new ClinicianLimits(9, 40, 30))
        .contact(
            new ContactInfo(
                name.given().toLowerCase(java.util.Locale.ROOT) + "@clinic.example",
                String.format(java.util.Locale.ROOT, "+1555020%04d", 1000 + id.hashCode() % 1000)))
        .build();
  }

  private static Program program(ProgramId id, int weeks) {
    return Program.builder()
        .id(id)
        .name("Adult virtual IOP")
        .population(AgeGroup.ADULT)
        .lengthWeeks(weeks)
        .tracks(
            List.of(
                new Track(WEEKDAY, "Weekday evenings (Eastern)"),
                new Track(WEEKEND, "Weekends (Central)")))
        .sessionTemplates(
            List.of(
                template(WEEKDAY, DayOfWeek.MONDAY, 18, SessionKind.GROUP, Modality.CBT, "CBT"),
                template(WEEKDAY, DayOfWeek.TUESDAY, 18, SessionKind.GROUP, Modality.DBT, "DBT"),
                template(
                    WEEKDAY,
                    DayOfWeek.THURSDAY,
                    18,
                    SessionKind.PSYCHOEDUCATION,
                    Modality.RELAPSE_PREVENTION,
                    "Relapse prevention"),
                template(
                    WEEKEND,
                    DayOfWeek.WEDNESDAY,
                    18,
                    SessionKind.PSYCHOEDUCATION,
                    Modality.RELAPSE_PREVENTION,
                    "Relapse prevention"),
                template(WEEKEND, DayOfWeek.SATURDAY, 10, SessionKind.GROUP, Modality.DBT, "DBT"),
                template(WEEKEND, DayOfWeek.SUNDAY, 10, SessionKind.GROUP, Modality.CBT, "CBT")))
        .sessionsPerWeek(1, 0)
        .groupSize(3, 10)
        .build();
  }

  private static SessionTemplate template(
      String track, DayOfWeek day, int hour, SessionKind kind, Modality modality, String topic) {
    return new SessionTemplate(
        track, day, LocalTime.of(hour, 0), Duration.ofMinutes(180), kind, modality, topic);
  }

  static Duration groupLength() {
    return Duration.ofMinutes(180);
  }
}
