package org.openiop.core.interop;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.measure.Instrument;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.MeasurementRecord;
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
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentStatus;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.program.Track;

/**
 * A deterministic, realistic program: cohorts of 8, three evening groups a week, weekly scores.
 * Used by the FHIR tests and the FHIR export benchmark (published in sdk-core's test jar).
 */
public final class SampleProgram {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final LocalDate START = LocalDate.of(2026, 2, 23);

  private SampleProgram() {}

  public static FhirExportRequest build(int participantCount, int weeks, long seed) {
    Random rnd = new Random(seed);
    Program program =
        Program.builder()
            .id(ProgramId.of("prg_adult"))
            .name("Adult evening IOP")
            .population(AgeGroup.ADULT)
            .lengthWeeks(Math.max(1, weeks))
            .tracks(List.of(new Track("evening", "Evenings")))
            .build();
    List<Participant> participants = new ArrayList<>();
    List<SupportPerson> supports = new ArrayList<>();
    List<Clinician> clinicians = new ArrayList<>();
    List<Cohort> cohorts = new ArrayList<>();
    List<Session> sessions = new ArrayList<>();
    List<Attendance> attendance = new ArrayList<>();
    List<Enrollment> enrollments = new ArrayList<>();
    List<MeasureAdministration> measures = new ArrayList<>();
    List<CarePlanSummary> plans = new ArrayList<>();
    List<Consent> consents = new ArrayList<>();
    Instant referred = START.minusDays(14).atTime(15, 0).atZone(NY).toInstant();
    int cohortCount = (participantCount + 7) / 8;
    for (int c = 0; c < cohortCount; c++) {
      ClinicianId clinicianId = ClinicianId.of("cln_" + c);
      clinicians.add(clinician(clinicianId, c));
      List<ParticipantId> members = new ArrayList<>();
      Cohort cohort =
          Cohort.empty(
              CohortId.of("coh_" + c), program.id(), "evening", NY, List.of(clinicianId), 8);
      for (int k = 0; k < 8 && c * 8 + k < participantCount; k++) {
        int n = c * 8 + k;
        ParticipantId pid = ParticipantId.of("par_" + n);
        members.add(pid);
        participants.add(participant(pid, n));
        cohort = cohort.admit(pid, START);
        Consent tele = consent("con_tele_" + n, ConsentType.TELEHEALTH, pid, referred, null);
        Consent conf =
            consent("con_conf_" + n, ConsentType.CONFIDENTIALITY_AGREEMENT, pid, referred, null);
        consents.add(tele);
        consents.add(conf);
        if (n % 4 == 0) {
          SupportPersonId sid = SupportPersonId.of("sup_" + n);
          supports.add(
              new SupportPerson(
                  sid,
                  pid,
                  SupportRelation.values()[n % SupportRelation.values().length],
                  new PersonName("Sam", "Family" + n),
                  ContactInfo.email("family" + n + "@example.org")));
          Consent release =
              consent(
                  "con_fam_" + n,
                  ConsentType.FAMILY_RELEASE,
                  pid,
                  referred,
                  new FamilyRelease(sid, Set.of(ReleaseCategory.SCHEDULE)));
          consents.add(
              n % 8 == 0
                  ? release.revoke(referred.plus(Duration.ofDays(30)), "par_" + n, "")
                  : release);
        }
        Instant admitted = referred.plus(Duration.ofDays(3));
        Enrollment e =
            Enrollment.refer(
                    EnrollmentId.of("enr_" + n),
                    pid,
                    program.id(),
                    referred,
                    "adm_intake",
                    "referral")
                .transition(
                    EnrollmentStatus.SCREENING,
                    referred.plus(Duration.ofDays(1)),
                    "cln_0",
                    "intake")
                .admit(
                    cohort.id(),
                    "evening",
                    List.of(tele, conf),
                    admitted,
                    "cln_0",
                    "meets criteria")
                .transition(
                    EnrollmentStatus.ACTIVE,
                    START.atTime(18, 0).atZone(NY).toInstant(),
                    "cln_0",
                    "first group");
        if (weeks >= 12 && n % 5 == 0) {
          e =
              e.transition(
                  EnrollmentStatus.STEPPED_DOWN,
                  START.plusWeeks(weeks).atTime(12, 0).atZone(NY).toInstant(),
                  "cln_0",
                  "completed");
        }
        enrollments.add(e);
        plans.add(
            new CarePlanSummary(
                "plan-safety-" + n,
                pid,
                CarePlanSummary.Kind.SAFETY,
                CarePlanSummary.Status.ACTIVE,
                admitted,
                START,
                null));
        plans.add(
            new CarePlanSummary(
                "plan-relapse-" + n,
                pid,
                CarePlanSummary.Kind.RELAPSE_PREVENTION,
                CarePlanSummary.Status.DRAFT,
                admitted,
                START.plusWeeks(Math.max(0, weeks - 2)),
                START.plusWeeks(weeks + 12)));
      }
      cohorts.add(cohort);
      int[] days = {0, 2, 3};
      for (int w = 0; w < weeks; w++) {
        for (int d : days) {
          ZonedDateTime start =
              START.plusWeeks(w).plusDays(d).atTime(LocalTime.of(18, 0)).atZone(NY);
          boolean cancelled = rnd.nextInt(40) == 0;
          Session s =
              new Session(
                  SessionId.of("ses_" + c + "_" + w + "_" + d),
                  cohort.id(),
                  SessionKind.GROUP,
                  d == 0 ? Modality.DBT : Modality.CBT,
                  d == 0 ? "DBT skills" : "CBT skills",
                  start.toInstant(),
                  NY,
                  Duration.ofMinutes(50),
                  List.of(clinicianId),
                  members,
                  List.of(),
                  cancelled ? SessionStatus.CANCELLED : SessionStatus.COMPLETED,
                  false);
          sessions.add(s);
          if (!cancelled) {
            for (ParticipantId p : members) {
              int roll = rnd.nextInt(20);
              AttendanceStatus st =
                  roll == 0
                      ? AttendanceStatus.NO_SHOW
                      : roll == 1
                          ? AttendanceStatus.EXCUSED_ABSENCE
                          : roll == 2 ? AttendanceStatus.LATE : AttendanceStatus.PRESENT;
              attendance.add(
                  Attendance.ofParticipant(
                      s.id(), p, st, st.isAbsence() ? 0 : st == AttendanceStatus.LATE ? 40 : 50));
            }
          }
        }
        for (ParticipantId p : members) {
          Instant taken = START.plusWeeks(w).atTime(17, 30).atZone(NY).toInstant();
          measures.add(administration(Instruments.PHQ_9, p, taken, rnd));
          measures.add(administration(Instruments.GAD_7, p, taken, rnd));
        }
      }
    }
    return FhirExportRequest.builder(program)
        .participants(participants)
        .supportPersons(supports)
        .clinicians(clinicians)
        .cohorts(cohorts)
        .sessions(sessions)
        .attendances(attendance)
        .enrollments(enrollments)
        .measures(measures)
        .carePlans(plans)
        .consents(consents)
        .build();
  }

  static MeasureAdministration administration(
      Instrument instrument, ParticipantId p, Instant taken, Random rnd) {
    Integer[] answers = new Integer[instrument.items().size()];
    for (int i = 0; i < answers.length; i++) {
      answers[i] = rnd.nextInt(4);
    }
    if (instrument == Instruments.PHQ_9 && rnd.nextInt(10) == 0) {
      answers[3] = null;
    }
    List<Integer> list = Arrays.asList(answers);
    return new MeasureAdministration(
        instrument, new MeasurementRecord(p, instrument.id(), taken, instrument.score(list)), list);
  }

  static Participant participant(ParticipantId id, int n) {
    return Participant.builder()
        .id(id)
        .legalName(new PersonName("Alex" + n, "Rivera"))
        .preferredName(n % 3 == 0 ? new PersonName("Al", "Rivera") : null)
        .dateOfBirth(LocalDate.of(1980 + n % 25, 1 + n % 12, 1 + n % 28))
        .ageGroup(AgeGroup.ADULT)
        .contact(new ContactInfo("p" + n + "@example.org", n % 2 == 0 ? "+14155550100" : null))
        .homeZone(NY)
        .locations(LocationHistory.since(Jurisdiction.of("US-NY"), NY, LocalDate.of(2025, 1, 1)))
        .preferredLanguage(n % 7 == 0 ? "es-MX" : "en")
        .build();
  }

  static Clinician clinician(ClinicianId id, int n) {
    return Clinician.builder()
        .id(id)
        .name(new PersonName("Dana" + n, "Okafor"))
        .credential(n % 2 == 0 ? Credential.PSYCHOLOGIST : Credential.LCSW)
        .licenses(
            List.of(
                new License(
                    Jurisdiction.of("US-NY"),
                    n % 2 == 0 ? "Psychologist" : "LCSW",
                    "NY-" + (100000 + n),
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    LicenseStatus.ACTIVE)))
        .compactPrivileges(
            n % 2 == 0
                ? List.of(
                    new CompactPrivilege(
                        "PSYPACT",
                        Jurisdiction.of("US-NY"),
                        null,
                        "APIT-" + n,
                        LocalDate.of(2024, 1, 1),
                        null,
                        LicenseStatus.ACTIVE))
                : List.of())
        .qualifications(Set.of(Modality.CBT, Modality.DBT))
        .zone(NY)
        .workingHours(WorkingHours.NONE)
        .limits(ClinicianLimits.DEFAULT)
        .contact(ContactInfo.email("c" + n + "@clinic.example"))
        .build();
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
        new Signature("Alex Rivera", Signature.Capacity.SELF, at),
        at,
        type == ConsentType.FAMILY_RELEASE ? at.plus(Duration.ofDays(365)) : null,
        release,
        null,
        null);
  }
}
