package org.openiop.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.json.OpenIopJson;
import org.openiop.core.people.AccessibilityNeed;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.CompactPrivilege;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Credential;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.PracticeAuthority;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.people.SupportRelation;
import org.openiop.core.people.WorkingHours;
import org.openiop.core.people.WorkingWindow;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CurriculumModule;
import org.openiop.core.program.EducationalResource;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentStatus;
import org.openiop.core.program.IllegalTransitionException;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.ServiceHours;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;
import org.openiop.core.store.InMemoryConsentStore;
import org.openiop.core.store.InMemoryStore;
import org.openiop.core.store.StaleVersionException;
import org.openiop.core.store.Versioned;

/**
 * The "done when": a realistic virtual IOP built only through the public API (this test
 * lives in its own package), round-tripped through JSON, with an enrollment driven through its
 * whole life.
 */
public class RealisticProgramTest {
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final ZoneId DENVER = ZoneId.of("America/Denver");
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate START = LocalDate.of(2026, 3, 2); // a Monday

  /** Everything in one document, as a host might export it. */
  public record Snapshot(
      @Valid Program program,
      List<@Valid Clinician> clinicians,
      List<@Valid Participant> participants,
      List<@Valid SupportPerson> supportPersons,
      List<@Valid Cohort> cohorts,
      List<@Valid Session> sessions,
      List<@Valid Attendance> attendance,
      List<@Valid Consent> consents,
      List<@Valid Enrollment> enrollments) {}

  static Program program() {
    SessionTemplate evening1 =
        template("weekday-evening", DayOfWeek.MONDAY, 18, SessionKind.GROUP, Modality.CBT, "CBT");
    SessionTemplate evening2 =
        template(
            "weekday-evening", DayOfWeek.WEDNESDAY, 18, SessionKind.GROUP, Modality.DBT, "DBT");
    SessionTemplate evening3 =
        template("weekday-evening", DayOfWeek.THURSDAY, 18, SessionKind.GROUP, Modality.MI, "MI");
    SessionTemplate weekend1 =
        template("weekend", DayOfWeek.SATURDAY, 9, SessionKind.GROUP, Modality.CBT, "CBT");
    SessionTemplate weekend2 =
        template("weekend", DayOfWeek.SUNDAY, 9, SessionKind.GROUP, Modality.DBT, "DBT");
    SessionTemplate weekend3 =
        template("weekend", DayOfWeek.SUNDAY, 13, SessionKind.GROUP, Modality.MI, "MI");
    SessionTemplate family =
        new SessionTemplate(
            null,
            DayOfWeek.TUESDAY,
            LocalTime.of(19, 0),
            Duration.ofMinutes(60),
            SessionKind.MULTI_FAMILY_GROUP,
            Modality.PSYCHOEDUCATION,
            "Family psychoeducation");
    return Program.builder()
        .id(ProgramId.of("prg_adult_iop"))
        .name("Adult virtual IOP")
        .population(AgeGroup.ADULT)
        .lengthWeeks(10)
        .tracks(
            List.of(
                new Track("weekday-evening", "Weekday evenings"), new Track("weekend", "Weekends")))
        .sessionTemplates(
            List.of(evening1, evening2, evening3, weekend1, weekend2, weekend3, family))
        .sessionsPerWeek(1, 1)
        .groupSize(3, 9)
        .attendanceThresholdPercent(80)
        .curriculum(
            List.of(
                module("cbt-skills", "CBT skills", Modality.CBT, 3),
                module("dbt-distress-tolerance", "DBT distress tolerance", Modality.DBT, 2),
                module("motivational-interviewing", "Motivational interviewing", Modality.MI, 2),
                module("relapse-prevention", "Relapse prevention", Modality.RELAPSE_PREVENTION, 2),
                module(
                    "family-psychoeducation",
                    "Family psychoeducation",
                    Modality.PSYCHOEDUCATION,
                    1)))
        .build();
  }

  static SessionTemplate template(
      String track, DayOfWeek day, int hour, SessionKind kind, Modality m, String topic) {
    return new SessionTemplate(
        track, day, LocalTime.of(hour, 0), Duration.ofMinutes(180), kind, m, topic);
  }

  static CurriculumModule module(String key, String title, Modality m, int weeks) {
    return new CurriculumModule(
        key,
        title,
        m,
        weeks,
        List.of(
            new EducationalResource(
                EducationalResource.Kind.READING,
                title + " handout",
                "https://example.org/" + key,
                EducationalResource.Audience.PARTICIPANTS),
            new EducationalResource(
                EducationalResource.Kind.VIDEO,
                title + " for families",
                "https://example.org/" + key + "/family",
                EducationalResource.Audience.SUPPORT_PERSONS)));
  }

  static License license(String jurisdiction, String type, String number) {
    return new License(
        Jurisdiction.of(jurisdiction),
        type,
        number,
        LocalDate.of(2020, 1, 1),
        LocalDate.of(2028, 12, 31),
        LicenseStatus.ACTIVE);
  }

  static WorkingHours evenings() {
    List<WorkingWindow> windows = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      windows.add(new WorkingWindow(d, LocalTime.of(8, 0), LocalTime.of(22, 0)));
    }
    return new WorkingHours(windows, List.of());
  }

  static List<Clinician> clinicians() {
    Clinician psychologist =
        Clinician.builder()
            .id(ClinicianId.of("cln_okafor"))
            .name(new PersonName("Dana", "Okafor"))
            .credential(Credential.PSYCHOLOGIST)
            .licenses(List.of(license("US-CO", "Psychologist", "PSY.0012345")))
            .compactPrivileges(
                List.of(
                    new CompactPrivilege(
                        "PSYPACT",
                        Jurisdiction.of("US-CO"),
                        null,
                        "APIT-7788",
                        LocalDate.of(2024, 1, 1),
                        null,
                        LicenseStatus.ACTIVE)))
            .qualifications(Set.of(Modality.CBT, Modality.DBT, Modality.TRAUMA_FOCUSED))
            .zone(DENVER)
            .workingHours(evenings())
            .build();
    Clinician socialWorker =
        Clinician.builder()
            .id(ClinicianId.of("cln_nguyen"))
            .name(new PersonName("Linh", "Nguyen"))
            .credential(Credential.LCSW)
            .licenses(List.of(license("US-CA", "LCSW", "LCSW 98765")))
            .qualifications(Set.of(Modality.DBT, Modality.MI, Modality.FAMILY_THERAPY))
            .zone(LA)
            .workingHours(evenings())
            .build();
    Clinician nursePractitioner =
        Clinician.builder()
            .id(ClinicianId.of("cln_adeyemi"))
            .name(new PersonName("Tunde", "Adeyemi"))
            .credential(Credential.PSYCHIATRIC_NP)
            .licenses(
                List.of(license("US-NY", "NP", "NP-445566"), license("US-IL", "APRN", "209.01234")))
            .qualifications(Set.of(Modality.MEDICATION_MANAGEMENT, Modality.PSYCHOEDUCATION))
            .zone(NY)
            .workingHours(evenings())
            .build();
    return List.of(psychologist, socialWorker, nursePractitioner);
  }

  static List<Participant> participants() {
    String[][] people = {
      {"Alex", "Rivera", "US-CA"}, {"Sam", "Chen", "US-CA"}, {"Jordan", "Blake", "US-CA"},
      {"Priya", "Shah", "US-NY"}, {"Marcus", "Hill", "US-NY"}, {"Elena", "Rossi", "US-NY"},
      {"Kwame", "Mensah", "US-IL"}, {"Hana", "Sato", "US-IL"}, {"Luis", "Ortega", "US-CO"},
      {"Avery", "Quinn", "US-TX"}
    };
    Map<String, ZoneId> zoneOf =
        Map.of("US-CA", LA, "US-NY", NY, "US-IL", CHICAGO, "US-CO", DENVER, "US-TX", CHICAGO);
    List<Participant> out = new ArrayList<>();
    for (int i = 0; i < people.length; i++) {
      String[] p = people[i];
      ZoneId zone = zoneOf.get(p[2]);
      LocationHistory locations =
          LocationHistory.since(Jurisdiction.of(p[2]), zone, LocalDate.of(2025, 6, 1));
      if (i == 0) {
        // the traveller: spends a week with family in Texas, then goes home to California
        locations =
            locations
                .movedTo(Jurisdiction.of("US-TX"), CHICAGO, LocalDate.of(2026, 3, 14))
                .movedTo(Jurisdiction.of("US-CA"), LA, LocalDate.of(2026, 3, 21));
      }
      out.add(
          Participant.builder()
              .id(ParticipantId.of("par_" + (i + 1)))
              .legalName(new PersonName(p[0], p[1]))
              .dateOfBirth(LocalDate.of(1980 + i, 1 + i, 10 + i))
              .ageGroup(AgeGroup.ADULT)
              .contact(
                  new ContactInfo(
                      p[0].toLowerCase() + "@example.org", "+1555010" + String.format("%04d", i)))
              .homeZone(zone)
              .locations(locations)
              .preferredLanguage(i == 3 ? "hi" : "en")
              .accessibilityNeeds(i == 4 ? Set.of(AccessibilityNeed.CAPTIONS) : Set.of())
              .diagnosisCodes(i % 2 == 0 ? List.of("F33.1") : List.of("F41.1", "F10.20"))
              .build());
    }
    return out;
  }

  static Consent consent(
      String id, ConsentType type, ParticipantId p, Instant at, FamilyRelease release) {
    return new Consent(
        ConsentId.of(id),
        1,
        type,
        p,
        null,
        "2026.1",
        new Signature("signed", Signature.Capacity.SELF, at),
        at,
        null,
        release,
        null,
        null);
  }

  @Test
  void aRealisticProgramRoundTripsAndAnEnrollmentLivesItsWholeLife() {
    IdGenerator ids = IdGenerator.seeded(7);
    Program program = program();
    List<Clinician> clinicians = clinicians();
    List<Participant> participants = participants();
    Participant traveller = participants.get(0);

    // --- licensure follows the participant's location on the session day
    Clinician psychologist = clinicians.get(0);
    Clinician socialWorker = clinicians.get(1);
    LocalDate inTexas = LocalDate.of(2026, 3, 16);
    assertThat(traveller.jurisdictionOn(inTexas)).contains(Jurisdiction.of("US-TX"));
    assertThat(socialWorker.authorityIn(Jurisdiction.of("US-CA"), START)).isPresent();
    assertThat(socialWorker.authorityIn(traveller.jurisdictionOn(inTexas).orElseThrow(), inTexas))
        .isEmpty();
    assertThat(psychologist.authorityIn(traveller.jurisdictionOn(inTexas).orElseThrow(), inTexas))
        .map(PracticeAuthority::basis)
        .contains(PracticeAuthority.Basis.COMPACT_PRIVILEGE);
    assertThat(
            psychologist.authorityIn(
                traveller.jurisdictionOn(LocalDate.of(2026, 3, 23)).orElseThrow(),
                LocalDate.of(2026, 3, 23)))
        .isEmpty(); // back in California, not a PSYPACT state in the bundled data
    assertThat(clinicians.get(2).authorityIn(Jurisdiction.of("US-IL"), START))
        .map(PracticeAuthority::basis)
        .contains(PracticeAuthority.Basis.LICENSE);

    // --- support persons and consents
    SupportPerson mother =
        new SupportPerson(
            SupportPersonId.generate(ids),
            traveller.id(),
            SupportRelation.PARENT,
            new PersonName("Maria", "Rivera"),
            ContactInfo.email("maria@example.org"));
    SupportPerson partner =
        new SupportPerson(
            SupportPersonId.generate(ids),
            participants.get(3).id(),
            SupportRelation.SPOUSE_OR_PARTNER,
            new PersonName("Ravi", "Shah"),
            new ContactInfo(null, "+15550109999"));
    Instant intake = START.minusDays(7).atTime(10, 0).atZone(LA).toInstant();
    InMemoryConsentStore consentStore = new InMemoryConsentStore();
    for (Participant p : participants) {
      consentStore.append(
          consent("con_tele_" + p.id().value(), ConsentType.TELEHEALTH, p.id(), intake, null));
      consentStore.append(
          consent(
              "con_conf_" + p.id().value(),
              ConsentType.CONFIDENTIALITY_AGREEMENT,
              p.id(),
              intake,
              null));
    }
    consentStore.append(
        consent(
            "con_fam_1",
            ConsentType.FAMILY_RELEASE,
            traveller.id(),
            intake,
            new FamilyRelease(
                mother.id(), Set.of(ReleaseCategory.SCHEDULE, ReleaseCategory.ATTENDANCE))));

    // --- two cohorts, one per track, with rolling admission
    Cohort evening =
        Cohort.empty(
            CohortId.of("coh_evening"),
            program.id(),
            "weekday-evening",
            LA,
            List.of(psychologist.id(), socialWorker.id()),
            9);
    Cohort weekend =
        Cohort.empty(
            CohortId.of("coh_weekend"),
            program.id(),
            "weekend",
            NY,
            List.of(psychologist.id(), clinicians.get(2).id()),
            9);
    for (int i = 0; i < participants.size(); i++) {
      LocalDate joined = START.plusWeeks(i % 3); // rolling: three admission weeks
      if (i < 6) {
        evening = evening.admit(participants.get(i).id(), joined);
      } else {
        weekend = weekend.admit(participants.get(i).id(), joined);
      }
    }
    assertThat(evening.membersOn(START)).hasSize(2);
    assertThat(evening.membersOn(START.plusWeeks(2))).hasSize(6);

    // --- the first week's evening sessions, expanded from the templates in the cohort's zone
    List<Session> sessions = new ArrayList<>();
    for (SessionTemplate t : program.templatesFor("weekday-evening")) {
      ZonedDateTime local =
          START
              .with(java.time.temporal.TemporalAdjusters.nextOrSame(t.day()))
              .atTime(t.start())
              .atZone(evening.zone());
      boolean family = t.kind() == SessionKind.MULTI_FAMILY_GROUP;
      sessions.add(
          new Session(
              SessionId.generate(ids),
              evening.id(),
              t.kind(),
              t.modality(),
              t.topic(),
              local.toInstant(),
              evening.zone(),
              t.duration(),
              evening.facilitators(),
              evening.membersOn(local.toLocalDate()),
              family ? List.of(mother.id()) : List.of(),
              SessionStatus.COMPLETED,
              false));
    }
    List<Attendance> attendance = new ArrayList<>();
    for (Session s : sessions) {
      for (ParticipantId p : s.participants()) {
        attendance.add(
            Attendance.ofParticipant(
                s.id(), p, AttendanceStatus.PRESENT, (int) s.duration().toMinutes()));
      }
      for (SupportPersonId sp : s.supportPersons()) {
        attendance.add(Attendance.ofSupportPerson(s.id(), sp, AttendanceStatus.LATE, 45));
      }
    }
    Map<SessionId, Session> byId = new HashMap<>();
    sessions.forEach(s -> byId.put(s.id(), s));
    Duration week1 = ServiceHours.inWeekOf(traveller.id(), attendance, byId, LA, START);
    assertThat(week1).isEqualTo(Duration.ofMinutes(3 * 180 + 60));
    assertThat(week1).isGreaterThanOrEqualTo(program.minWeeklyService());

    // --- an enrollment through its whole life, stored under optimistic concurrency
    InMemoryStore<EnrollmentId, Enrollment> enrollments = InMemoryStore.enrollments();
    Enrollment e =
        Enrollment.refer(
            EnrollmentId.generate(ids),
            traveller.id(),
            program.id(),
            intake.minusSeconds(86_400),
            "adm_intake",
            "referred by primary care");
    Versioned<Enrollment> stored = enrollments.save(e, 0);
    e = e.transition(EnrollmentStatus.SCREENING, intake, "cln_nguyen", "intake assessment");
    stored = enrollments.save(e, stored.version());
    e =
        e.admit(
            evening.id(),
            "weekday-evening",
            consentStore.latestFor(traveller.id()),
            intake.plusSeconds(3600),
            "cln_nguyen",
            "meets IOP criteria");
    stored = enrollments.save(e, stored.version());
    Enrollment admitted = e;
    e = e.transition(EnrollmentStatus.ACTIVE, sessions.get(0).start(), "cln_nguyen", "first group");
    stored = enrollments.save(e, stored.version());
    long staleVersion = stored.version() - 1;
    assertThatThrownBy(() -> enrollments.save(admitted, staleVersion))
        .isInstanceOf(StaleVersionException.class);
    e =
        e.transition(
            EnrollmentStatus.ON_HOLD,
            Instant.parse("2026-03-14T18:00:00Z"),
            "cln_okafor",
            "travelling");
    e =
        e.transition(
            EnrollmentStatus.ACTIVE, Instant.parse("2026-03-21T18:00:00Z"), "cln_okafor", "back");
    Enrollment active = e;
    assertThatThrownBy(
            () ->
                active.transition(
                    EnrollmentStatus.SCREENING,
                    Instant.parse("2026-04-01T18:00:00Z"),
                    "cln_1",
                    "no"))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("from ACTIVE to SCREENING");
    e =
        e.transition(
            EnrollmentStatus.STEPPED_DOWN,
            Instant.parse("2026-05-08T18:00:00Z"),
            "cln_nguyen",
            "completed program; step down to weekly outpatient");
    stored = enrollments.save(e, stored.version());
    assertThat(stored.version()).isEqualTo(5);
    assertThat(stored.value().status()).isEqualTo(EnrollmentStatus.STEPPED_DOWN);
    assertThat(stored.value().history()).hasSize(7);
    evening = evening.release(traveller.id(), LocalDate.of(2026, 5, 8));

    // --- the whole program round-trips through JSON
    List<Consent> consents = new ArrayList<>();
    participants.forEach(p -> consents.addAll(consentStore.latestFor(p.id())));
    Snapshot snapshot =
        new Snapshot(
            program,
            clinicians,
            participants,
            List.of(mother, partner),
            List.of(evening, weekend),
            sessions,
            attendance,
            consents,
            List.of(e));
    OpenIopJson json = OpenIopJson.standard();
    String text = json.toJson(snapshot);
    Snapshot back = json.fromJson(text, Snapshot.class, "snapshot");
    assertThat(back).isEqualTo(snapshot);
    assertThat(back.participants().stream().map(Participant::homeZone).distinct().count())
        .isGreaterThanOrEqualTo(3);
    assertThat(text).contains("\"id\":\"par_1\"", "\"US-TX\"", "\"PSYPACT\"");
  }
}
