package org.openiop.core.interop;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.OpenIopException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;
import org.openiop.core.interop.fhir.R4;
import org.openiop.core.measure.AnswerOption;
import org.openiop.core.measure.Instrument;
import org.openiop.core.measure.Item;
import org.openiop.core.measure.MeasurementRecord;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.CompactPrivilege;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.License;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentStatus;
import org.openiop.core.program.EnrollmentTransition;
import org.openiop.core.program.Session;

/**
 * Exports a program's record as one FHIR R4 {@code collection} Bundle in JSON, with OpenIOP's own
 * small resource types ({@link R4}) and JSON-B: no HAPI FHIR at run time.
 *
 * <p>The mapping (see {@code docs/interop.md} for the full table): Participant to Patient (with the
 * {@code timezone} extension and the state they are in), Clinician to Practitioner (each licence
 * and compact privilege a {@code qualification} with jurisdiction and period) and PractitionerRole,
 * SupportPerson to RelatedPerson, one CareTeam per participant, Cohort to Group, Session to
 * Appointment (status and each participant's status), an attended session to an Encounter of class
 * {@code VR} (virtual), Enrollment to EpisodeOfCare, a scored administration to a
 * QuestionnaireResponse and a {@code survey} Observation with LOINC codes, plans to CarePlan and
 * participants' consents to Consent.
 *
 * <p>OpenIOP ids may contain {@code _} and {@code :}, which FHIR ids may not: a resource's id is
 * the OpenIOP id with {@code _} written as {@code -} and {@code :} as {@code .}, and the original
 * id is kept as an {@code identifier} under {@code https://openiop.org/fhir/id/<type>}. Two OpenIOP
 * ids that differ only in those characters would collide; the export refuses such input.
 *
 * <pre>{@code
 * FhirExporter fhir = FhirExporter.builder(clock).baseUrl("https://iop.example.org/fhir").build();
 * String json = fhir.exportJson(FhirExportRequest.builder(program).participants(ps)...build());
 * }</pre>
 *
 * <p>The output is PHI. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FhirExporter {
  static final String LOINC = "http://loinc.org";
  static final String ID_SYSTEM = "https://openiop.org/fhir/id/";
  static final String LICENSE_SYSTEM = "https://openiop.org/fhir/license/";
  static final String TIMEZONE_EXTENSION = "http://hl7.org/fhir/StructureDefinition/timezone";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private final Clock clock;
  private final String baseUrl;
  private final Jsonb jsonb;

  private FhirExporter(Clock clock, String baseUrl) {
    this.clock = clock;
    this.baseUrl = baseUrl;
    this.jsonb =
        JsonbBuilder.create(
            new JsonbConfig().withNullValues(false).withFormatting(false).withLocale(Locale.ROOT));
  }

  /**
   * A builder.
   *
   * @param clock stamps the bundle and decides "current" location; never {@code null}
   * @return a builder with base URL {@code https://openiop.invalid/fhir}
   */
  public static Builder builder(Clock clock) {
    return new Builder(clock);
  }

  /**
   * Maps a request to a bundle.
   *
   * @param request what to export; never {@code null}
   * @return the bundle
   * @throws InvalidInputException if two ids collide once made FHIR-safe
   */
  public R4.Bundle bundle(FhirExportRequest request) {
    Objects.requireNonNull(request, "request == null");
    Instant now = clock.instant();
    Ctx ctx = new Ctx();
    for (Participant p : request.participants()) {
      ctx.add(patient(p, now));
    }
    for (SupportPerson s : request.supportPersons()) {
      ctx.add(relatedPerson(s));
    }
    for (Clinician c : request.clinicians()) {
      ctx.add(practitioner(c));
      ctx.add(practitionerRole(c));
    }
    Map<ParticipantId, Set<ClinicianId>> teams = new LinkedHashMap<>();
    for (Participant p : request.participants()) {
      teams.put(p.id(), new LinkedHashSet<>());
    }
    for (Session s : request.sessions()) {
      for (ParticipantId p : s.participants()) {
        Set<ClinicianId> team = teams.get(p);
        if (team != null) {
          team.addAll(s.facilitators());
        }
      }
    }
    for (Map.Entry<ParticipantId, Set<ClinicianId>> e : teams.entrySet()) {
      ctx.add(careTeam(e.getKey(), e.getValue()));
    }
    for (Cohort c : request.cohorts()) {
      ctx.add(group(c, LocalDate.ofInstant(now, c.zone())));
    }
    Map<SessionId, Session> sessions = new HashMap<>();
    Map<SessionId, List<Attendance>> attendanceBySession = new HashMap<>();
    for (Attendance a : request.attendances()) {
      attendanceBySession.computeIfAbsent(a.session(), k -> new ArrayList<>()).add(a);
    }
    for (Session s : request.sessions()) {
      sessions.put(s.id(), s);
      ctx.add(appointment(s, attendanceBySession.getOrDefault(s.id(), List.of())));
    }
    Map<ParticipantId, String> episodes = new HashMap<>();
    for (Enrollment e : request.enrollments()) {
      R4.EpisodeOfCare episode = episodeOfCare(e);
      episodes.put(e.participant(), episode.id());
      ctx.add(episode);
    }
    for (Attendance a : request.attendances()) {
      Session s = sessions.get(a.session());
      if (s != null && a.participant() != null && !a.status().isAbsence()) {
        ctx.add(encounter(s, a, a.participant(), episodes.get(a.participant())));
      }
    }
    for (MeasureAdministration m : request.measures()) {
      R4.QuestionnaireResponse qr = questionnaireResponse(m);
      ctx.add(qr);
      ctx.add(observation(m, qr.id()));
    }
    for (CarePlanSummary plan : request.carePlans()) {
      ctx.add(carePlan(plan));
    }
    for (Consent c : request.consents()) {
      if (c.participant() != null) {
        ctx.add(consent(c, now));
      }
    }
    List<R4.Entry> entries = new ArrayList<>(ctx.resources.size());
    for (R4.Resource r : ctx.resources) {
      entries.add(new R4.Entry(baseUrl + "/" + r.resourceType() + "/" + r.id(), r));
    }
    return new R4.Bundle(
        "Bundle", "export-" + fhirId(request.program().id()), "collection", dateTime(now), entries);
  }

  /**
   * Writes a bundle (or any {@link R4} value) as FHIR JSON.
   *
   * @param value the value; never {@code null}
   * @return compact JSON
   */
  public String toJson(Object value) {
    Objects.requireNonNull(value, "value == null");
    try {
      return jsonb.toJson(value);
    } catch (JsonbException e) {
      throw new OpenIopException("cannot write FHIR JSON", e);
    }
  }

  /**
   * Maps a request and writes the bundle as FHIR JSON.
   *
   * @param request what to export; never {@code null}
   * @return the bundle's JSON
   */
  public String exportJson(FhirExportRequest request) {
    return toJson(bundle(request));
  }

  // ---- resources -------------------------------------------------------------------------

  private R4.Patient patient(Participant p, Instant now) {
    List<R4.HumanName> names = new ArrayList<>();
    names.add(name("official", p.legalName()));
    if (p.preferredName() != null) {
      names.add(name("usual", p.preferredName()));
    }
    List<R4.Address> address = null;
    var where = p.jurisdictionAt(now);
    if (where.isPresent()) {
      address = List.of(new R4.Address("home", where.get().subdivision(), where.get().country()));
    }
    return new R4.Patient(
        "Patient",
        fhirId(p.id()),
        List.of(new R4.Extension(TIMEZONE_EXTENSION, p.homeZone().getId(), null)),
        List.of(identifier("participant", p.id())),
        true,
        names,
        telecom(p.contact(), "home"),
        p.dateOfBirth().toString(),
        address,
        List.of(
            new R4.Communication(
                new R4.CodeableConcept(
                    List.of(new R4.Coding("urn:ietf:bcp:47", p.preferredLanguage(), null)), null),
                true)));
  }

  private R4.RelatedPerson relatedPerson(SupportPerson s) {
    String code =
        switch (s.relation()) {
          case PARENT -> "PRN";
          case GUARDIAN -> "GUARD";
          case SPOUSE_OR_PARTNER -> "SIGOTHR";
          case SIBLING -> "SIB";
          case CHILD -> "CHILD";
          case OTHER_FAMILY -> "FAMMEMB";
          case FRIEND -> "FRND";
          case OTHER -> null;
        };
    R4.CodeableConcept relation =
        code == null
            ? new R4.CodeableConcept(null, "other")
            : new R4.CodeableConcept(
                List.of(
                    new R4.Coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", code, null)),
                null);
    return new R4.RelatedPerson(
        "RelatedPerson",
        fhirId(s.id()),
        List.of(identifier("support-person", s.id())),
        true,
        ref("Patient", s.participant()),
        List.of(relation),
        List.of(name("official", s.name())),
        telecom(s.contact(), "home"));
  }

  private R4.Practitioner practitioner(Clinician c) {
    List<R4.Qualification> quals = new ArrayList<>();
    for (License l : c.licenses()) {
      quals.add(
          new R4.Qualification(
              List.of(new R4.Identifier(LICENSE_SYSTEM + l.jurisdiction().code(), l.number())),
              new R4.CodeableConcept(
                  null, l.type() + " licence, " + l.jurisdiction().code() + ", " + l.status()),
              new R4.Period(l.validFrom().toString(), str(l.validUntil())),
              new R4.Reference(null, "Licensing board of " + l.jurisdiction().code())));
    }
    for (CompactPrivilege p : c.compactPrivileges()) {
      String reach =
          p.remoteJurisdiction() == null ? "member states" : p.remoteJurisdiction().code();
      quals.add(
          new R4.Qualification(
              List.of(new R4.Identifier(LICENSE_SYSTEM + p.compact(), p.number())),
              new R4.CodeableConcept(
                  null,
                  p.compact() + " privilege from " + p.homeJurisdiction().code() + " to " + reach),
              new R4.Period(p.validFrom().toString(), str(p.validUntil())),
              new R4.Reference(null, p.compact() + " commission")));
    }
    return new R4.Practitioner(
        "Practitioner",
        fhirId(c.id()),
        List.of(identifier("clinician", c.id())),
        true,
        List.of(name("official", c.name())),
        telecom(c.contact(), "work"),
        nz(quals));
  }

  private R4.PractitionerRole practitionerRole(Clinician c) {
    List<R4.CodeableConcept> specialties = new ArrayList<>();
    for (var m : c.qualifications()) {
      specialties.add(new R4.CodeableConcept(null, m.name()));
    }
    return new R4.PractitionerRole(
        "PractitionerRole",
        "role-" + fhirId(c.id()),
        true,
        ref("Practitioner", c.id()),
        List.of(new R4.CodeableConcept(null, c.credential().name())),
        nz(specialties));
  }

  private R4.CareTeam careTeam(ParticipantId p, Set<ClinicianId> clinicians) {
    List<R4.CareTeamParticipant> members = new ArrayList<>();
    for (ClinicianId c : clinicians) {
      members.add(new R4.CareTeamParticipant(null, ref("Practitioner", c)));
    }
    return new R4.CareTeam(
        "CareTeam", careTeamId(p), "active", "Program care team", ref("Patient", p), nz(members));
  }

  private R4.Group group(Cohort c, LocalDate today) {
    List<R4.GroupMember> members = new ArrayList<>();
    for (CohortMembership m : c.memberships()) {
      members.add(
          new R4.GroupMember(
              ref("Patient", m.participant()),
              new R4.Period(m.joined().toString(), str(m.left())),
              m.left() != null && m.left().isBefore(today)));
    }
    return new R4.Group(
        "Group",
        fhirId(c.id()),
        List.of(identifier("cohort", c.id())),
        true,
        "person",
        true,
        "Cohort " + c.id().value() + " (" + c.track() + ")",
        c.membersOn(today).size(),
        nz(members));
  }

  private R4.Appointment appointment(Session s, List<Attendance> attendance) {
    Map<TypedId, Attendance> byPerson = new HashMap<>();
    for (Attendance a : attendance) {
      byPerson.put(a.person(), a);
    }
    List<R4.AppointmentParticipant> who = new ArrayList<>();
    boolean anyAttended = false;
    for (ParticipantId p : s.participants()) {
      Attendance a = byPerson.get(p);
      if (a != null && !a.status().isAbsence()) {
        anyAttended = true;
      }
      who.add(new R4.AppointmentParticipant(ref("Patient", p), "required", participantStatus(a)));
    }
    for (var sp : s.supportPersons()) {
      who.add(
          new R4.AppointmentParticipant(
              ref("RelatedPerson", sp), "optional", participantStatus(byPerson.get(sp))));
    }
    for (ClinicianId c : s.facilitators()) {
      who.add(new R4.AppointmentParticipant(ref("Practitioner", c), "required", "accepted"));
    }
    String status =
        switch (s.status()) {
          case PLANNED -> "proposed";
          case SCHEDULED -> "booked";
          case IN_PROGRESS -> "arrived";
          case COMPLETED ->
              !attendance.isEmpty() && !anyAttended && s.participants().size() == 1
                  ? "noshow"
                  : "fulfilled";
          case CANCELLED -> "cancelled";
        };
    return new R4.Appointment(
        "Appointment",
        fhirId(s.id()),
        List.of(identifier("session", s.id())),
        status,
        List.of(new R4.CodeableConcept(null, s.kind().name() + " " + s.modality().name())),
        s.topic(),
        dateTime(s.start()),
        dateTime(s.end()),
        (int) s.duration().toMinutes(),
        who);
  }

  private static String participantStatus(@Nullable Attendance a) {
    if (a == null) {
      return "accepted";
    }
    return switch (a.status()) {
      case EXCUSED_ABSENCE -> "declined";
      default -> "accepted";
    };
  }

  private R4.Encounter encounter(
      Session s, Attendance a, ParticipantId p, @Nullable String episodeId) {
    List<R4.EncounterParticipant> clinicians = new ArrayList<>();
    for (ClinicianId c : s.facilitators()) {
      clinicians.add(new R4.EncounterParticipant(ref("Practitioner", c)));
    }
    return new R4.Encounter(
        "Encounter",
        fhirId(s.id()) + "-" + fhirId(p),
        "finished",
        new R4.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "VR", "virtual"),
        ref("Patient", p),
        episodeId == null ? null : List.of(new R4.Reference("EpisodeOfCare/" + episodeId, null)),
        nz(clinicians),
        List.of(ref("Appointment", s.id())),
        new R4.Period(dateTime(s.start()), dateTime(s.end())),
        new R4.Duration((long) a.minutesAttended(), "min", "http://unitsofmeasure.org", "min"));
  }

  private R4.EpisodeOfCare episodeOfCare(Enrollment e) {
    List<R4.StatusHistory> history = new ArrayList<>();
    List<EnrollmentTransition> steps = e.history();
    for (int i = 0; i < steps.size() - 1; i++) {
      history.add(
          new R4.StatusHistory(
              episodeStatus(steps.get(i).to()),
              new R4.Period(dateTime(steps.get(i).at()), dateTime(steps.get(i + 1).at()))));
    }
    Instant start = steps.get(0).at();
    for (EnrollmentTransition t : steps) {
      if (t.to() == EnrollmentStatus.ADMITTED) {
        start = t.at();
        break;
      }
    }
    EnrollmentStatus now = e.status();
    String end = now.isTerminal() ? dateTime(e.since()) : null;
    return new R4.EpisodeOfCare(
        "EpisodeOfCare",
        fhirId(e.id()),
        List.of(identifier("enrollment", e.id())),
        episodeStatus(now),
        nz(history),
        List.of(new R4.CodeableConcept(null, "Intensive outpatient program")),
        ref("Patient", e.participant()),
        new R4.Period(dateTime(start), end),
        List.of(new R4.Reference("CareTeam/" + careTeamId(e.participant()), null)));
  }

  private static String episodeStatus(EnrollmentStatus s) {
    return switch (s) {
      case REFERRED, SCREENING -> "planned";
      case ADMITTED, ACTIVE -> "active";
      case ON_HOLD -> "onhold";
      case STEPPED_DOWN, DISCHARGED, TRANSFERRED_HIGHER_LEVEL, WITHDRAWN -> "finished";
      case DECLINED -> "cancelled";
    };
  }

  private R4.QuestionnaireResponse questionnaireResponse(MeasureAdministration m) {
    MeasurementRecord r = m.record();
    Instrument ins = m.instrument();
    List<R4.ResponseItem> items = new ArrayList<>();
    for (int i = 0; i < ins.items().size(); i++) {
      Item item = ins.items().get(i);
      Integer value = m.answers().get(i);
      List<R4.Answer> answer = null;
      if (value != null) {
        AnswerOption option = option(item, value);
        answer =
            List.of(
                option != null && option.loincAnswerCode() != null
                    ? new R4.Answer(
                        new R4.Coding(LOINC, option.loincAnswerCode(), blank(option.label())), null)
                    : new R4.Answer(null, value));
      }
      items.add(new R4.ResponseItem(item.id(), item.text(), answer));
    }
    return new R4.QuestionnaireResponse(
        "QuestionnaireResponse",
        measureId(r) + "-qr",
        "completed",
        ref("Patient", r.participant()),
        dateTime(r.takenAt()),
        nz(items));
  }

  private R4.Observation observation(MeasureAdministration m, String responseId) {
    MeasurementRecord r = m.record();
    Instrument ins = m.instrument();
    R4.CodeableConcept code =
        ins.loincCode() == null
            ? new R4.CodeableConcept(null, ins.name() + " total score")
            : new R4.CodeableConcept(
                List.of(new R4.Coding(LOINC, ins.loincCode(), ins.name() + " total score")),
                ins.name() + " total score");
    List<R4.ObservationComponent> components = new ArrayList<>();
    for (int i = 0; i < ins.items().size(); i++) {
      Item item = ins.items().get(i);
      Integer value = m.answers().get(i);
      if (item.loincCode() == null || value == null) {
        continue;
      }
      AnswerOption option = option(item, value);
      R4.CodeableConcept itemCode =
          new R4.CodeableConcept(List.of(new R4.Coding(LOINC, item.loincCode(), null)), null);
      components.add(
          option != null && option.loincAnswerCode() != null
              ? new R4.ObservationComponent(
                  itemCode,
                  new R4.CodeableConcept(
                      List.of(
                          new R4.Coding(LOINC, option.loincAnswerCode(), blank(option.label()))),
                      null),
                  null)
              : new R4.ObservationComponent(itemCode, null, value));
    }
    return new R4.Observation(
        "Observation",
        measureId(r) + "-total",
        "final",
        List.of(
            new R4.CodeableConcept(
                List.of(
                    new R4.Coding(
                        "http://terminology.hl7.org/CodeSystem/observation-category",
                        "survey",
                        "Survey")),
                null)),
        code,
        ref("Patient", r.participant()),
        dateTime(r.takenAt()),
        r.score().total(),
        List.of(new R4.CodeableConcept(null, r.score().band())),
        List.of(new R4.Reference("QuestionnaireResponse/" + responseId, null)),
        nz(components));
  }

  private R4.CarePlan carePlan(CarePlanSummary p) {
    String title =
        switch (p.kind()) {
          case TREATMENT -> "Treatment plan";
          case RELAPSE_PREVENTION -> "Relapse prevention plan";
          case SAFETY -> "Safety plan";
        };
    return new R4.CarePlan(
        "CarePlan",
        p.id(),
        p.status().name().toLowerCase(Locale.ROOT),
        "plan",
        List.of(new R4.CodeableConcept(null, title)),
        title,
        ref("Patient", p.participant()),
        new R4.Period(p.from().toString(), str(p.until())),
        dateTime(p.created()),
        List.of(new R4.Reference("CareTeam/" + careTeamId(p.participant()), null)));
  }

  private R4.Consent consent(Consent c, Instant now) {
    ParticipantId p = Objects.requireNonNull(c.participant());
    boolean privacy =
        c.type() == ConsentType.FAMILY_RELEASE
            || c.type() == ConsentType.PART2_DISCLOSURE
            || c.type() == ConsentType.RECORDING;
    R4.CodeableConcept scope =
        new R4.CodeableConcept(
            List.of(
                new R4.Coding(
                    "http://terminology.hl7.org/CodeSystem/consentscope",
                    privacy ? "patient-privacy" : "treatment",
                    null)),
            null);
    Instant end = c.expiresAt();
    if (c.revocation() != null && (end == null || c.revocation().at().isBefore(end))) {
      end = c.revocation().at();
    }
    List<R4.Policy> policy =
        c.type() == ConsentType.PART2_DISCLOSURE
            ? List.of(
                new R4.Policy(
                    "https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2"))
            : null;
    return new R4.Consent(
        "Consent",
        fhirId(c.id()) + "-v" + c.version(),
        c.isActiveAt(now) ? "active" : "inactive",
        scope,
        List.of(
            new R4.CodeableConcept(
                List.of(new R4.Coding(LOINC, "59284-0", "Patient Consent")), c.type().name())),
        ref("Patient", p),
        dateTime(c.signature().signedAt()),
        policy,
        new R4.CodeableConcept(
            List.of(
                new R4.Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", null)),
            null),
        new R4.Provision("permit", new R4.Period(dateTime(c.effectiveFrom()), str(end))));
  }

  // ---- helpers ---------------------------------------------------------------------------

  /**
   * The FHIR id for an OpenIOP id: {@code _} becomes {@code -} and {@code :} becomes {@code .}.
   *
   * @param id the OpenIOP id; never {@code null}
   * @return a FHIR-legal id
   */
  public static String fhirId(TypedId id) {
    Objects.requireNonNull(id, "id == null");
    return id.value().replace('_', '-').replace(':', '.');
  }

  private static String careTeamId(ParticipantId p) {
    return "team-" + fhirId(p);
  }

  private static String measureId(MeasurementRecord r) {
    return fhirId(r.participant())
        + "-"
        + r.instrumentId().replaceAll("[^A-Za-z0-9]", "")
        + "-"
        + r.takenAt().getEpochSecond();
  }

  private static R4.Reference ref(String type, TypedId id) {
    return new R4.Reference(type + "/" + fhirId(id), null);
  }

  private static R4.Identifier identifier(String type, TypedId id) {
    return new R4.Identifier(ID_SYSTEM + type, id.value());
  }

  private static R4.HumanName name(String use, PersonName n) {
    return new R4.HumanName(use, n.family(), List.of(n.given()));
  }

  private static @Nullable List<R4.ContactPoint> telecom(ContactInfo c, String use) {
    List<R4.ContactPoint> out = new ArrayList<>(2);
    if (c.email() != null) {
      out.add(new R4.ContactPoint("email", c.email(), use));
    }
    if (c.phone() != null) {
      out.add(new R4.ContactPoint("phone", c.phone(), use));
    }
    return nz(out);
  }

  private static @Nullable AnswerOption option(Item item, int value) {
    for (AnswerOption o : item.options()) {
      if (o.value() == value) {
        return o;
      }
    }
    return null;
  }

  private static @Nullable String blank(String s) {
    return s.isEmpty() ? null : s;
  }

  private static @Nullable String str(@Nullable Object o) {
    return o == null ? null : o.toString();
  }

  private static @Nullable String dateTime(@Nullable Instant i) {
    return i == null ? null : DATE_TIME.format(i.atOffset(ZoneOffset.UTC));
  }

  private static <T> @Nullable List<T> nz(List<T> list) {
    return list.isEmpty() ? null : list;
  }

  /** Collects resources and refuses duplicate type/id pairs. */
  private static final class Ctx {
    final List<R4.Resource> resources = new ArrayList<>();
    final Set<String> seen = new HashSet<>();

    void add(R4.Resource r) {
      if (!seen.add(r.resourceType() + "/" + r.id())) {
        throw InvalidInputException.of(
            "request", "two " + r.resourceType() + " resources would share the FHIR id " + r.id());
      }
      resources.add(r);
    }
  }

  /** Configures a {@link FhirExporter}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Clock clock;
    private String baseUrl = "https://openiop.invalid/fhir";

    private Builder(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * The FHIR base URL the bundle's {@code fullUrl}s start with.
     *
     * @param baseUrl an {@code https} URL without a trailing slash; never {@code null}
     * @return this
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl == null");
      if (!baseUrl.matches("https://[^\\s/]+(/[^\\s]*[^\\s/])?")) {
        throw InvalidInputException.of("baseUrl", "must be an https URL without a trailing slash");
      }
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return an immutable, thread-safe exporter
     */
    public FhirExporter build() {
      return new FhirExporter(clock, baseUrl);
    }
  }
}
