package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
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
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;

/**
 * A random but realistic health system for planner tests and the planning benchmark: regions,
 * licences, tracks, travel. Published in sdk-core's test jar.
 */
public final class Scenario {
  /** The first day planned. */
  public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  static final List<String> STATES =
      List.of(
          "NY", "NJ", "PA", "MA", "CT", "VT", "NH", "ME", "RI", "MD", "DE", "VA", "NC", "SC", "GA",
          "FL", "OH", "MI", "IL", "WI", "MN", "IA", "MO", "KS", "NE", "SD", "ND", "TX", "OK", "AR",
          "LA", "MS", "AL", "TN", "KY", "IN", "CO", "UT", "AZ", "NM", "WY", "MT", "ID", "NV", "CA",
          "OR", "WA", "AK", "HI", "WV");
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Los_Angeles"));

  public final PlanningRequest request;
  public final InMemoryScheduleDirectory directory;

  private Scenario(PlanningRequest request, InMemoryScheduleDirectory directory) {
    this.request = request;
    this.directory = directory;
  }

  static Program adultProgram() {
    return Program.builder()
        .id(ProgramId.of("prg_adult"))
        .name("Adult IOP")
        .population(AgeGroup.ADULT)
        .lengthWeeks(8)
        .tracks(List.of(new Track("evening", "Weekday evenings"), new Track("weekend", "Weekends")))
        .sessionTemplates(
            List.of(
                group("evening", DayOfWeek.MONDAY, "18:00", Modality.CBT),
                group("evening", DayOfWeek.TUESDAY, "18:00", Modality.DBT),
                group("evening", DayOfWeek.THURSDAY, "18:00", Modality.RELAPSE_PREVENTION),
                group("weekend", DayOfWeek.SATURDAY, "09:00", Modality.CBT),
                group("weekend", DayOfWeek.SATURDAY, "13:00", Modality.DBT),
                group("weekend", DayOfWeek.SUNDAY, "10:00", Modality.RELAPSE_PREVENTION)))
        .groupSize(3, 10)
        .build();
  }

  static Program teenProgram() {
    return Program.builder()
        .id(ProgramId.of("prg_teen"))
        .name("Adolescent IOP")
        .population(AgeGroup.ADOLESCENT)
        .lengthWeeks(6)
        .tracks(List.of(new Track("afternoon", "After school")))
        .sessionTemplates(
            List.of(
                new SessionTemplate(
                    "afternoon",
                    DayOfWeek.MONDAY,
                    LocalTime.of(16, 0),
                    Duration.ofHours(2),
                    SessionKind.GROUP,
                    Modality.CBT,
                    "Skills"),
                new SessionTemplate(
                    "afternoon",
                    DayOfWeek.WEDNESDAY,
                    LocalTime.of(16, 0),
                    Duration.ofHours(2),
                    SessionKind.GROUP,
                    Modality.DBT,
                    "Skills"),
                new SessionTemplate(
                    "afternoon",
                    DayOfWeek.FRIDAY,
                    LocalTime.of(16, 0),
                    Duration.ofHours(2),
                    SessionKind.GROUP,
                    Modality.MINDFULNESS,
                    "Skills")))
        .groupSize(3, 8)
        .build();
  }

  private static SessionTemplate group(String track, DayOfWeek day, String at, Modality m) {
    return new SessionTemplate(
        track, day, LocalTime.parse(at), Duration.ofHours(3), SessionKind.GROUP, m, "Group");
  }

  static int regionOf(int state) {
    return state % ZONES.size();
  }

  public static Scenario generate(
      long seed, int participants, int poolClinicians, int jurisdictions, int cohortCount) {
    Random random = new Random(seed);
    int states = Math.min(jurisdictions, STATES.size());
    Program adult = adultProgram();
    Program teen = teenProgram();
    List<Clinician> clinicians = new ArrayList<>();
    List<Cohort> cohorts = new ArrayList<>();
    for (int c = 0; c < cohortCount; c++) {
      int region = c % ZONES.size();
      boolean adolescent = c % 5 == 4;
      Program program = adolescent ? teen : adult;
      String track = adolescent ? "afternoon" : (c % 2 == 0 ? "evening" : "weekend");
      List<ClinicianId> facilitators = new ArrayList<>();
      for (int f = 0; f < 2; f++) {
        Clinician fac =
            clinician(
                "cln_f" + c + "_" + f,
                region,
                states,
                random,
                true,
                allWeek(),
                Set.of(Modality.DBT));
        clinicians.add(fac);
        facilitators.add(fac.id());
      }
      cohorts.add(
          Cohort.empty(
              CohortId.of("coh_" + c), program.id(), track, ZONES.get(region), facilitators, 10));
    }
    List<Clinician> pool = new ArrayList<>(clinicians);
    for (int k = clinicians.size(); k < poolClinicians; k++) {
      int region = random.nextInt(ZONES.size());
      Clinician c =
          clinician(
              "cln_" + k,
              region,
              states,
              random,
              false,
              random.nextInt(3) == 0 ? allWeek() : weekdays(),
              random.nextBoolean() ? Set.of(Modality.DBT) : Set.of());
      pool.add(c);
    }
    List<Participant> people = new ArrayList<>();
    List<SupportPerson> support = new ArrayList<>();
    List<Consent> consents = new ArrayList<>();
    List<Referral> referrals = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      int state = random.nextInt(states);
      ZoneId zone = ZONES.get(regionOf(state));
      LocationHistory where =
          LocationHistory.since(
              Jurisdiction.of("US-" + STATES.get(state)), zone, MONDAY.minusYears(1));
      if (random.nextInt(20) == 0) {
        int to = random.nextInt(states);
        where =
            where.movedTo(
                Jurisdiction.of("US-" + STATES.get(to)),
                ZONES.get(regionOf(to)),
                MONDAY.plusDays(7 + random.nextInt(60)));
      }
      boolean adolescent = random.nextInt(8) == 0;
      ParticipantId pid = ParticipantId.of("par_" + i);
      people.add(
          Participant.builder()
              .id(pid)
              .legalName(new PersonName("Pat", "Doe"))
              .dateOfBirth(adolescent ? LocalDate.of(2010, 5, 1) : LocalDate.of(1985, 5, 1))
              .ageGroup(adolescent ? AgeGroup.ADOLESCENT : AgeGroup.ADULT)
              .homeZone(zone)
              .locations(where)
              .preferredLanguage("en")
              .build());
      SupportPersonId sid = SupportPersonId.of("sup_" + i);
      support.add(
          new SupportPerson(
              sid, pid, SupportRelation.PARENT, new PersonName("Sam", "Doe"), ContactInfo.NONE));
      Instant signed = MONDAY.minusDays(30).atStartOfDay(zone).toInstant();
      consents.add(
          new Consent(
              ConsentId.of("con_fr_" + i),
              1,
              ConsentType.FAMILY_RELEASE,
              pid,
              null,
              "2026.1",
              new Signature("Pat Doe", Signature.Capacity.SELF, signed),
              signed,
              null,
              new FamilyRelease(sid, Set.of(ReleaseCategory.SCHEDULE)),
              null,
              null));
      int pick = random.nextInt(10);
      Availability availability =
          adolescent
              ? Availability.on(
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  LocalTime.of(15, 0),
                  LocalTime.of(21, 0))
              : pick < 4
                  ? Availability.weekdayEvenings()
                  : pick < 7 ? Availability.weekends() : Availability.anytime();
      referrals.add(new Referral(pid, MONDAY.plusDays(random.nextInt(56)), availability));
    }
    InMemoryScheduleDirectory directory =
        ScheduleDirectory.builder()
            .participants(people)
            .clinicians(pool)
            .supportPersons(support)
            .consents(consents)
            .programs(List.of(adult, teen))
            .cohorts(cohorts)
            .build();
    return new Scenario(
        new PlanningRequest(referrals, List.of(adult, teen), cohorts, pool, directory, MONDAY, 12),
        directory);
  }

  private static Clinician clinician(
      String id,
      int region,
      int states,
      Random random,
      boolean wholeRegion,
      WorkingHours hours,
      Set<Modality> qualifications) {
    List<License> licences = new ArrayList<>();
    for (int s = 0; s < states; s++) {
      if (regionOf(s) == region && (wholeRegion || random.nextInt(3) == 0)) {
        LocalDate until = random.nextInt(15) == 0 ? MONDAY.plusDays(20 + random.nextInt(60)) : null;
        licences.add(
            new License(
                Jurisdiction.of("US-" + STATES.get(s)),
                "LCSW",
                "L-" + id.substring(4).replace('_', '-') + "-" + s,
                MONDAY.minusYears(3),
                until,
                LicenseStatus.ACTIVE));
      }
    }
    return Clinician.builder()
        .id(ClinicianId.of(id))
        .name(new PersonName("Lee", "Kim"))
        .credential(Credential.LCSW)
        .licenses(licences)
        .qualifications(qualifications)
        .zone(ZONES.get(region))
        .workingHours(hours)
        .limits(new ClinicianLimits(10, 40, 30))
        .build();
  }

  private static WorkingHours allWeek() {
    List<WorkingWindow> w = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      w.add(new WorkingWindow(d, LocalTime.of(8, 0), LocalTime.of(21, 30)));
    }
    return new WorkingHours(w, List.of());
  }

  private static WorkingHours weekdays() {
    List<WorkingWindow> w = new ArrayList<>();
    for (DayOfWeek d : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
      w.add(new WorkingWindow(d, LocalTime.of(9, 0), LocalTime.of(21, 0)));
    }
    return new WorkingHours(w, List.of());
  }
}
