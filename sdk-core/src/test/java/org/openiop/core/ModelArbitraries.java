package org.openiop.core;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;
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
import org.openiop.core.people.LocationStay;
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
import org.openiop.core.privacy.Part2Disclosure;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Revocation;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.AttendanceStatus;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.CurriculumModule;
import org.openiop.core.program.EducationalResource;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentStatus;
import org.openiop.core.program.EnrollmentTransition;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.program.SessionTemplate;
import org.openiop.core.program.Track;

/**
 * jqwik arbitraries for every model type; every generated value is valid (a property checks it).
 * Use with {@code @Domain(ModelArbitraries.class)}.
 */
public class ModelArbitraries extends DomainContextBase {
  static final List<ZoneId> ZONES =
      List.of(
              "America/Los_Angeles",
              "America/New_York",
              "America/Denver",
              "America/Phoenix",
              "America/St_Johns",
              "America/Anchorage",
              "Pacific/Honolulu",
              "America/Puerto_Rico",
              "Asia/Kolkata",
              "Australia/Lord_Howe",
              "Pacific/Chatham",
              "Europe/London",
              "UTC")
          .stream()
          .map(ZoneId::of)
          .toList();

  static Arbitrary<String> idValue(String prefix) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .withChars('_', '-', '.', ':')
        .ofMinLength(0)
        .ofMaxLength(20)
        .map(s -> prefix + "_" + s);
  }

  static Arbitrary<String> text(int max) {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withCharRange('A', 'Z')
        .withChars(' ', '\'', '-', 'é', 'ñ', 'ü', '"', '\\', '<', '&')
        .ofMinLength(1)
        .ofMaxLength(max)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<Instant> instants() {
    return Arbitraries.longs()
        .between(
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("2099-12-31T00:00:00Z").getEpochSecond())
        .flatMap(
            s ->
                Arbitraries.integers()
                    .between(0, 999)
                    .map(ms -> Instant.ofEpochSecond(s, ms * 1_000_000L)));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers()
        .between(0, 365 * 40)
        .map(d -> LocalDate.of(1990, 1, 1).plusDays(d));
  }

  static Arbitrary<LocalTime> times() {
    return Arbitraries.integers().between(0, 24 * 60 - 1).map(m -> LocalTime.of(m / 60, m % 60));
  }

  static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  static Arbitrary<Jurisdiction> jurisdictionsArb() {
    return Arbitraries.of(List.copyOf(JurisdictionRegistry.standard().all()));
  }

  static Arbitrary<Duration> sessionDurations() {
    return Arbitraries.integers().between(5, 480).map(Duration::ofMinutes);
  }

  @Provide
  Arbitrary<Jurisdiction> jurisdictions() {
    return jurisdictionsArb();
  }

  @Provide
  Arbitrary<PersonName> names() {
    return Combinators.combine(text(30), text(30)).as(PersonName::new);
  }

  @Provide
  Arbitrary<ContactInfo> contacts() {
    Arbitrary<String> emails =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12))
            .as((l, d) -> l + "@" + d + ".example.org");
    Arbitrary<String> phones =
        Arbitraries.strings().numeric().ofLength(10).map(s -> "+1" + s.replaceFirst("^0", "2"));
    return Combinators.combine(emails.injectNull(0.3), phones.injectNull(0.3)).as(ContactInfo::new);
  }

  @Provide
  Arbitrary<LocationHistory> locationHistories() {
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 60).list().ofMaxSize(5);
    return Combinators.combine(
            dates(),
            gaps,
            jurisdictionsArb().list().ofSize(6),
            zones().list().ofSize(6),
            Arbitraries.of(true, false))
        .as(
            (start, lengths, places, zs, open) -> {
              List<LocationStay> stays = new ArrayList<>();
              LocalDate from = start;
              for (int i = 0; i < lengths.size(); i++) {
                LocalDate until = from.plusDays(lengths.get(i));
                boolean last = i == lengths.size() - 1;
                stays.add(
                    new LocationStay(places.get(i), zs.get(i), from, last && open ? null : until));
                from = until.plusDays(1 + (i % 3));
              }
              return new LocationHistory(stays);
            });
  }

  @Provide
  Arbitrary<Participant> participants() {
    Arbitrary<List<String>> codes =
        Combinators.combine(
                Arbitraries.integers().between(1, 99),
                Arbitraries.strings().withCharRange('0', '9').withChars('A', 'X').ofMaxLength(4))
            .as((n, suffix) -> String.format("F%02d", n) + (suffix.isEmpty() ? "" : "." + suffix))
            .list()
            .ofMaxSize(4);
    Arbitrary<EmergencyContact> emergency =
        Combinators.combine(names(), text(50), contacts()).as(EmergencyContact::new);
    return Combinators.combine(
            idValue("par").map(ParticipantId::of),
            names(),
            names().injectNull(0.5),
            Arbitraries.integers()
                .between(0, 365 * 70)
                .map(d -> LocalDate.of(1940, 1, 1).plusDays(d)),
            Arbitraries.of(AgeGroup.class),
            contacts(),
            zones(),
            locationHistories())
        .flatAs(
            (id, legal, preferred, dob, age, contact, zone, locations) ->
                Combinators.combine(
                        Arbitraries.of("en", "es", "es-MX", "fr-CA", "zh-Hant-TW", "yue"),
                        Arbitraries.subsetOf(AccessibilityNeed.values()),
                        emergency.injectNull(0.3),
                        codes)
                    .as(
                        (lang, needs, ec, dx) ->
                            new Participant(
                                id, legal, preferred, dob, age, contact, zone, locations, lang,
                                needs, ec, dx)));
  }

  @Provide
  Arbitrary<License> licenses() {
    return Combinators.combine(
            jurisdictionsArb(),
            text(40),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
            dates(),
            Arbitraries.integers().between(0, 4000).injectNull(0.3),
            Arbitraries.of(LicenseStatus.class))
        .as(
            (j, type, number, from, days, status) ->
                new License(
                    j, type, number, from, days == null ? null : from.plusDays(days), status));
  }

  @Provide
  Arbitrary<CompactPrivilege> compactPrivileges() {
    return Combinators.combine(
            Arbitraries.of("PSYPACT", "COUNSELING", "SOCIAL_WORK", "NLC"),
            jurisdictionsArb(),
            jurisdictionsArb().injectNull(0.5),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
            dates(),
            Arbitraries.integers().between(0, 4000).injectNull(0.3),
            Arbitraries.of(LicenseStatus.class))
        .as(
            (c, home, remote, number, from, days, status) ->
                new CompactPrivilege(
                    c,
                    home,
                    remote,
                    number,
                    from,
                    days == null ? null : from.plusDays(days),
                    status));
  }

  @Provide
  Arbitrary<WorkingHours> workingHours() {
    Arbitrary<WorkingWindow> window =
        Combinators.combine(
                Arbitraries.of(DayOfWeek.class),
                Arbitraries.integers().between(0, 22 * 60),
                Arbitraries.integers().between(1, 120))
            .as(
                (d, start, len) -> {
                  LocalTime s = LocalTime.of(start / 60, start % 60);
                  int endMinute = Math.min(start + len, 24 * 60 - 1);
                  return new WorkingWindow(d, s, LocalTime.of(endMinute / 60, endMinute % 60));
                });
    Arbitrary<TimeOff> off =
        Combinators.combine(
                instants(), Arbitraries.integers().between(1, 30), text(40).injectNull(0.5))
            .as((s, days, note) -> new TimeOff(s, s.plus(Duration.ofDays(days)), note));
    return Combinators.combine(window.list().ofMaxSize(7), off.list().ofMaxSize(3))
        .as(WorkingHours::new);
  }

  @Provide
  Arbitrary<Clinician> clinicians() {
    return Combinators.combine(
            idValue("cln").map(ClinicianId::of),
            names(),
            Arbitraries.of(Credential.class),
            licenses().list().ofMaxSize(4),
            compactPrivileges().list().ofMaxSize(2),
            Arbitraries.subsetOf(Modality.values()),
            zones(),
            workingHours())
        .flatAs(
            (id, name, cred, lic, priv, quals, zone, hours) ->
                Combinators.combine(
                        Arbitraries.integers().between(1, 24),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(1, 1000),
                        contacts())
                    .as(
                        (d, w, c, contact) ->
                            new Clinician(
                                id,
                                name,
                                cred,
                                lic,
                                priv,
                                quals,
                                zone,
                                hours,
                                new ClinicianLimits(d, w, c),
                                contact)));
  }

  @Provide
  Arbitrary<SupportPerson> supportPersons() {
    return Combinators.combine(
            idValue("sup").map(SupportPersonId::of),
            idValue("par").map(ParticipantId::of),
            Arbitraries.of(SupportRelation.class),
            names(),
            contacts())
        .as(SupportPerson::new);
  }

  static Arbitrary<String> keys() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .withChars('-')
        .ofMinLength(0)
        .ofMaxLength(15)
        .map(s -> "k" + s);
  }

  @Provide
  Arbitrary<Program> programs() {
    Arbitrary<List<Track>> tracks =
        Combinators.combine(keys(), text(100))
            .as(Track::new)
            .list()
            .ofMaxSize(4)
            .uniqueElements(Track::key);
    Arbitrary<EducationalResource> resource =
        Combinators.combine(
                Arbitraries.of(EducationalResource.Kind.class),
                text(100),
                Arbitraries.strings()
                    .alpha()
                    .numeric()
                    .ofMinLength(1)
                    .ofMaxLength(30)
                    .map(s -> "https://example.org/" + s),
                Arbitraries.of(EducationalResource.Audience.class))
            .as(EducationalResource::new);
    Arbitrary<List<CurriculumModule>> curriculum =
        Combinators.combine(
                keys(),
                text(100),
                Arbitraries.of(Modality.class),
                Arbitraries.integers().between(1, 12),
                resource.list().ofMaxSize(3))
            .as(CurriculumModule::new)
            .list()
            .ofMaxSize(5)
            .uniqueElements(CurriculumModule::key);
    return Combinators.combine(
            idValue("prg").map(ProgramId::of),
            text(100),
            Arbitraries.of(AgeGroup.class),
            Arbitraries.integers().between(0, 20 * 60),
            Arbitraries.integers().between(0, 20 * 60),
            Arbitraries.integers().between(1, 52),
            tracks,
            curriculum)
        .flatAs(
            (id, name, pop, minMin, extra, weeks, ts, cur) -> {
              Arbitrary<String> trackKey =
                  ts.isEmpty()
                      ? Arbitraries.just((String) null)
                      : Arbitraries.of(ts.stream().map(Track::key).toList()).injectNull(0.3);
              Arbitrary<SessionTemplate> template =
                  Combinators.combine(
                          trackKey,
                          Arbitraries.of(DayOfWeek.class),
                          times(),
                          sessionDurations(),
                          Arbitraries.of(SessionKind.class),
                          Arbitraries.of(Modality.class),
                          text(100))
                      .as(SessionTemplate::new);
              return Combinators.combine(
                      template.list().ofMaxSize(8),
                      Arbitraries.integers().between(0, 7),
                      Arbitraries.integers().between(0, 7),
                      Arbitraries.integers().between(1, 25),
                      Arbitraries.integers().between(0, 25),
                      Arbitraries.integers().between(0, 100))
                  .as(
                      (templates, ind, fam, minG, extraG, threshold) ->
                          new Program(
                              id,
                              name,
                              pop,
                              Duration.ofMinutes(minMin),
                              Duration.ofMinutes(minMin + extra),
                              weeks,
                              ts,
                              templates,
                              ind,
                              fam,
                              minG,
                              minG + extraG,
                              threshold,
                              cur));
            });
  }

  @Provide
  Arbitrary<Cohort> cohorts() {
    Arbitrary<List<CohortMembership>> memberships =
        Combinators.combine(
                idValue("par").map(ParticipantId::of),
                dates(),
                Arbitraries.integers().between(0, 120).injectNull(0.4))
            .as(
                (p, joined, days) ->
                    new CohortMembership(p, joined, days == null ? null : joined.plusDays(days)))
            .list()
            .ofMaxSize(8)
            .uniqueElements(CohortMembership::participant);
    return Combinators.combine(
            idValue("coh").map(CohortId::of),
            idValue("prg").map(ProgramId::of),
            keys(),
            zones(),
            idValue("cln").map(ClinicianId::of).list().ofMaxSize(3),
            Arbitraries.integers().between(1, 50),
            memberships)
        .as(Cohort::new);
  }

  @Provide
  Arbitrary<Session> sessions() {
    return Combinators.combine(
            idValue("ses").map(SessionId::of),
            idValue("coh").map(CohortId::of).injectNull(0.3),
            Arbitraries.of(SessionKind.class),
            Arbitraries.of(Modality.class),
            text(100),
            instants(),
            zones(),
            sessionDurations())
        .flatAs(
            (id, cohort, kind, modality, topic, start, zone, duration) ->
                Combinators.combine(
                        idValue("cln")
                            .map(ClinicianId::of)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(3)
                            .uniqueElements(),
                        idValue("par").map(ParticipantId::of).list().ofMaxSize(9).uniqueElements(),
                        kind.admitsSupportPersons()
                            ? idValue("sup")
                                .map(SupportPersonId::of)
                                .list()
                                .ofMaxSize(4)
                                .uniqueElements()
                            : Arbitraries.just(List.<SupportPersonId>of()),
                        Arbitraries.of(SessionStatus.class),
                        Arbitraries.of(true, false))
                    .as(
                        (f, p, s, status, recorded) ->
                            new Session(
                                id, cohort, kind, modality, topic, start, zone, duration, f, p, s,
                                status, recorded)));
  }

  @Provide
  Arbitrary<Attendance> attendances() {
    return Combinators.combine(
            idValue("ses").map(SessionId::of),
            Arbitraries.of(true, false),
            idValue("par").map(ParticipantId::of),
            idValue("sup").map(SupportPersonId::of),
            Arbitraries.of(AttendanceStatus.class),
            Arbitraries.integers().between(0, 1440))
        .as(
            (s, isParticipant, p, sp, status, minutes) -> {
              int m = status.isAbsence() ? 0 : minutes;
              return isParticipant
                  ? Attendance.ofParticipant(s, p, status, m)
                  : Attendance.ofSupportPerson(s, sp, status, m);
            });
  }

  @Provide
  Arbitrary<Consent> consents() {
    Arbitrary<Signature> signature =
        Combinators.combine(text(100), Arbitraries.of(Signature.Capacity.class), instants())
            .as(Signature::new);
    Arbitrary<Part2Disclosure> part2 =
        Combinators.combine(text(100), text(200), text(100), text(100), text(100))
            .as((a, b, c, d, e) -> new Part2Disclosure(a, b, c, d, e, true, true));
    Arbitrary<FamilyRelease> release =
        Combinators.combine(
                idValue("sup").map(SupportPersonId::of),
                Arbitraries.subsetOf(ReleaseCategory.values()).filter(s -> !s.isEmpty()))
            .as(FamilyRelease::new);
    return Combinators.combine(
            idValue("con").map(ConsentId::of),
            Arbitraries.integers().between(1, 5),
            Arbitraries.of(ConsentType.class),
            idValue("par").map(ParticipantId::of),
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(10),
            signature,
            instants(),
            Arbitraries.integers().between(1, 1000).injectNull(0.4))
        .flatAs(
            (id, version, type, participant, form, sig, from, days) ->
                Combinators.combine(
                        release,
                        part2,
                        Arbitraries.integers().between(0, 2000).injectNull(0.5),
                        idValue("adm"))
                    .as(
                        (fr, p2, revokeDays, by) ->
                            new Consent(
                                id,
                                version,
                                type,
                                participant,
                                null,
                                form,
                                sig,
                                from,
                                days == null ? null : from.plus(Duration.ofDays(days)),
                                type == ConsentType.FAMILY_RELEASE ? fr : null,
                                type == ConsentType.PART2_DISCLOSURE ? p2 : null,
                                revokeDays == null
                                    ? null
                                    : new Revocation(
                                        from.plus(Duration.ofDays(revokeDays)), by, "requested"))));
  }

  /** Actions on an enrollment: a target state and a time step in minutes. */
  public record Step(EnrollmentStatus to, int minutesLater) {}

  @Provide
  Arbitrary<List<Step>> enrollmentSteps() {
    return Combinators.combine(
            Arbitraries.of(EnrollmentStatus.class), Arbitraries.integers().between(-30, 600))
        .as(Step::new)
        .list()
        .ofMaxSize(25);
  }

  /** Walks random legal paths, so generated enrollments reach every state. */
  @Provide
  Arbitrary<Enrollment> enrollments() {
    return Combinators.combine(
            idValue("enr").map(EnrollmentId::of),
            idValue("par").map(ParticipantId::of),
            idValue("prg").map(ProgramId::of),
            instants(),
            Arbitraries.integers().between(0, 1000).list().ofMaxSize(8))
        .as(
            (id, p, prg, t0, choices) -> {
              List<EnrollmentTransition> history = new ArrayList<>();
              history.add(
                  new EnrollmentTransition(
                      null, EnrollmentStatus.REFERRED, t0, "adm_intake", "referral"));
              EnrollmentStatus s = EnrollmentStatus.REFERRED;
              Instant t = t0;
              boolean admitted = false;
              for (int c : choices) {
                List<EnrollmentStatus> next = List.copyOf(s.next());
                if (next.isEmpty()) {
                  break;
                }
                EnrollmentStatus to = next.get(c % next.size());
                t = t.plus(Duration.ofHours(c));
                history.add(new EnrollmentTransition(s, to, t, "cln_1", "step " + to));
                admitted |= to == EnrollmentStatus.ADMITTED;
                s = to;
              }
              return new Enrollment(
                  id,
                  p,
                  prg,
                  admitted ? CohortId.of("coh_1") : null,
                  admitted ? "weekday-evening" : null,
                  history);
            });
  }

  /** Every model type, for properties that should hold of all of them. */
  public Arbitrary<Object> anyModel() {
    return Arbitraries.oneOf(
        participants().map(Object.class::cast),
        clinicians().map(Object.class::cast),
        supportPersons().map(Object.class::cast),
        programs().map(Object.class::cast),
        cohorts().map(Object.class::cast),
        sessions().map(Object.class::cast),
        attendances().map(Object.class::cast),
        consents().map(Object.class::cast),
        enrollments().map(Object.class::cast),
        licenses().map(Object.class::cast),
        compactPrivileges().map(Object.class::cast),
        workingHours().map(Object.class::cast),
        locationHistories().map(Object.class::cast));
  }
}
