package org.openiop.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.openiop.core.people.AccessibilityNeed;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.CompactPrivilege;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Credential;
import org.openiop.core.people.EmergencyContact;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.people.SupportRelation;
import org.openiop.core.people.TimeOff;
import org.openiop.core.people.WorkingHours;
import org.openiop.core.people.WorkingWindow;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.CurriculumModule;
import org.openiop.core.program.EducationalResource;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;

/** Small, valid example values shared by tests. */
public final class Fixtures {
  public static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  public static final ZoneId NY = ZoneId.of("America/New_York");
  public static final Instant T0 = Instant.parse("2026-03-02T17:00:00Z");

  private Fixtures() {}

  public static Participant participant() {
    return Participant.builder()
        .id(ParticipantId.of("par_1"))
        .legalName(new PersonName("Alexandra", "Rivera"))
        .preferredName(new PersonName("Alex", "Rivera"))
        .dateOfBirth(LocalDate.of(1990, 4, 2))
        .ageGroup(AgeGroup.ADULT)
        .contact(new ContactInfo("alex@example.org", "+14155550100"))
        .homeZone(LA)
        .locations(
            LocationHistory.since(Jurisdiction.of("US-CA"), LA, LocalDate.of(2025, 1, 1))
                .movedTo(Jurisdiction.of("US-NY"), NY, LocalDate.of(2026, 3, 10)))
        .preferredLanguage("es-MX")
        .accessibilityNeeds(Set.of(AccessibilityNeed.CAPTIONS))
        .emergencyContact(
            new EmergencyContact(
                new PersonName("Maria", "Rivera"), "mother", ContactInfo.email("m@example.org")))
        .diagnosisCodes(List.of("F33.1", "F41.1"))
        .build();
  }

  public static Clinician psychologist() {
    return Clinician.builder()
        .id(ClinicianId.of("cln_psy"))
        .name(new PersonName("Dana", "Okafor"))
        .credential(Credential.PSYCHOLOGIST)
        .licenses(
            List.of(
                new License(
                    Jurisdiction.of("US-CO"),
                    "Psychologist",
                    "PSY-0012345",
                    LocalDate.of(2020, 1, 1),
                    LocalDate.of(2027, 12, 31),
                    LicenseStatus.ACTIVE)))
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
        .qualifications(Set.of(Modality.CBT, Modality.TRAUMA_FOCUSED))
        .zone(ZoneId.of("America/Denver"))
        .workingHours(
            new WorkingHours(
                List.of(
                    new WorkingWindow(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                    new WorkingWindow(
                        DayOfWeek.WEDNESDAY, LocalTime.of(12, 0), LocalTime.of(20, 0))),
                List.of(
                    new TimeOff(
                        Instant.parse("2026-04-06T00:00:00Z"),
                        Instant.parse("2026-04-11T00:00:00Z"),
                        "conference"))))
        .limits(new ClinicianLimits(8, 36, 30))
        .contact(ContactInfo.email("dana@clinic.example"))
        .build();
  }

  public static SupportPerson supportPerson() {
    return new SupportPerson(
        SupportPersonId.of("sup_1"),
        ParticipantId.of("par_1"),
        SupportRelation.PARENT,
        new PersonName("Maria", "Rivera"),
        ContactInfo.email("m@example.org"));
  }

  public static Program program() {
    return Program.builder()
        .id(ProgramId.of("prg_adult"))
        .name("Adult IOP")
        .population(AgeGroup.ADULT)
        .lengthWeeks(10)
        .tracks(
            List.of(
                new Track("weekday-evening", "Weekday evenings"), new Track("weekend", "Weekends")))
        .sessionTemplates(
            List.of(
                new SessionTemplate(
                    "weekday-evening",
                    DayOfWeek.MONDAY,
                    LocalTime.of(18, 0),
                    Duration.ofMinutes(180),
                    SessionKind.GROUP,
                    Modality.CBT,
                    "CBT skills"),
                new SessionTemplate(
                    "weekend",
                    DayOfWeek.SATURDAY,
                    LocalTime.of(9, 0),
                    Duration.ofMinutes(180),
                    SessionKind.GROUP,
                    Modality.DBT,
                    "DBT distress tolerance"),
                new SessionTemplate(
                    null,
                    DayOfWeek.THURSDAY,
                    LocalTime.of(18, 0),
                    Duration.ofMinutes(60),
                    SessionKind.MULTI_FAMILY_GROUP,
                    Modality.PSYCHOEDUCATION,
                    "Family psychoeducation")))
        .curriculum(
            List.of(
                new CurriculumModule(
                    "cbt-skills",
                    "CBT skills",
                    Modality.CBT,
                    3,
                    List.of(
                        new EducationalResource(
                            EducationalResource.Kind.READING,
                            "Thought records",
                            "https://example.org/thought-records",
                            EducationalResource.Audience.PARTICIPANTS)))))
        .build();
  }

  public static Consent telehealth(ParticipantId participant, Instant at) {
    return new Consent(
        ConsentId.of("con_tele_" + participant.value()),
        1,
        ConsentType.TELEHEALTH,
        participant,
        null,
        "2026.1",
        new Signature("Alex Rivera", Signature.Capacity.SELF, at),
        at,
        null,
        null,
        null,
        null);
  }

  public static Consent familyRelease(ParticipantId participant, SupportPersonId to, Instant at) {
    return new Consent(
        ConsentId.of("con_fam_" + participant.value()),
        1,
        ConsentType.FAMILY_RELEASE,
        participant,
        null,
        "2026.1",
        new Signature("Alex Rivera", Signature.Capacity.SELF, at),
        at,
        at.plus(Duration.ofDays(365)),
        new FamilyRelease(to, Set.of(ReleaseCategory.SCHEDULE, ReleaseCategory.ATTENDANCE)),
        null,
        null);
  }
}
