package org.openiop.core.interop.fhir;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The subset of FHIR R4 (4.0.1) that OpenIOP exports: nested records, one per resource or data
 * type, named as in the specification. Property names are the FHIR element names, so JSON-B writes
 * FHIR JSON directly. A resource carries PHI: {@code toString} of these records is not redacted, so
 * never log them.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class R4 {
  private R4() {}

  /** A resource that can go into a {@link Bundle}. */
  public sealed interface Resource
      permits Patient,
          Practitioner,
          PractitionerRole,
          RelatedPerson,
          CareTeam,
          Group,
          Appointment,
          Encounter,
          EpisodeOfCare,
          QuestionnaireResponse,
          Observation,
          CarePlan,
          Consent {
    /**
     * The resource type name, e.g. {@code Patient}.
     *
     * @return never {@code null}
     */
    String resourceType();

    /**
     * The logical id.
     *
     * @return never {@code null}
     */
    String id();
  }

  /**
   * A code from a code system.
   *
   * @param system the code system URI
   * @param code the code
   * @param display the display text
   */
  @JsonbPropertyOrder({"system", "code", "display"})
  public record Coding(@Nullable String system, @Nullable String code, @Nullable String display) {}

  /**
   * Codings with text.
   *
   * @param coding the codings
   * @param text plain text
   */
  @JsonbPropertyOrder({"coding", "text"})
  public record CodeableConcept(@Nullable List<Coding> coding, @Nullable String text) {}

  /**
   * A reference to another resource.
   *
   * @param reference a relative reference such as {@code Patient/par-1}
   * @param display text for display
   */
  @JsonbPropertyOrder({"reference", "display"})
  public record Reference(@Nullable String reference, @Nullable String display) {}

  /**
   * A business identifier.
   *
   * @param system the namespace URI
   * @param value the value
   */
  @JsonbPropertyOrder({"system", "value"})
  public record Identifier(@Nullable String system, @Nullable String value) {}

  /**
   * A time range; either end may be open.
   *
   * @param start FHIR dateTime
   * @param end FHIR dateTime
   */
  @JsonbPropertyOrder({"start", "end"})
  public record Period(@Nullable String start, @Nullable String end) {}

  /**
   * A person's name.
   *
   * @param use official, usual, ...
   * @param family family name
   * @param given given names
   */
  @JsonbPropertyOrder({"use", "family", "given"})
  public record HumanName(
      @Nullable String use, @Nullable String family, @Nullable List<String> given) {}

  /**
   * A phone number or e-mail address.
   *
   * @param system phone, email, ...
   * @param value the number or address
   * @param use home, work, mobile, ...
   */
  @JsonbPropertyOrder({"system", "value", "use"})
  public record ContactPoint(
      @Nullable String system, @Nullable String value, @Nullable String use) {}

  /**
   * A postal address; OpenIOP fills only what it knows: state and country.
   *
   * @param use home, ...
   * @param state the state or province, e.g. {@code CA}
   * @param country ISO 3166 country code
   */
  @JsonbPropertyOrder({"use", "state", "country"})
  public record Address(@Nullable String use, @Nullable String state, @Nullable String country) {}

  /**
   * An extension with a code or string value.
   *
   * @param url the extension's canonical URL
   * @param valueCode a code value
   * @param valueString a string value
   */
  @JsonbPropertyOrder({"url", "valueCode", "valueString"})
  public record Extension(String url, @Nullable String valueCode, @Nullable String valueString) {}

  /**
   * A measured amount.
   *
   * @param value the number
   * @param unit the unit for display
   * @param system the unit system URI (UCUM)
   * @param code the unit code
   */
  @JsonbPropertyOrder({"value", "unit", "system", "code"})
  public record Duration(
      @Nullable Long value,
      @Nullable String unit,
      @Nullable String system,
      @Nullable String code) {}

  /**
   * A language a patient communicates in.
   *
   * @param language the BCP 47 language
   * @param preferred whether preferred
   */
  @JsonbPropertyOrder({"language", "preferred"})
  public record Communication(CodeableConcept language, @Nullable Boolean preferred) {}

  /**
   * A patient.
   *
   * @param resourceType always {@code Patient}
   * @param id logical id
   * @param extension extensions (time zone)
   * @param identifier identifiers
   * @param active whether active
   * @param name names
   * @param telecom contact points
   * @param birthDate FHIR date
   * @param address addresses
   * @param communication languages
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "extension",
    "identifier",
    "active",
    "name",
    "telecom",
    "birthDate",
    "address",
    "communication"
  })
  public record Patient(
      String resourceType,
      String id,
      @Nullable List<Extension> extension,
      @Nullable List<Identifier> identifier,
      @Nullable Boolean active,
      @Nullable List<HumanName> name,
      @Nullable List<ContactPoint> telecom,
      @Nullable String birthDate,
      @Nullable List<Address> address,
      @Nullable List<Communication> communication)
      implements Resource {}

  /**
   * A qualification such as a licence.
   *
   * @param identifier e.g. the licence number
   * @param code what it is
   * @param period when valid
   * @param issuer who issued it
   */
  @JsonbPropertyOrder({"identifier", "code", "period", "issuer"})
  public record Qualification(
      @Nullable List<Identifier> identifier,
      CodeableConcept code,
      @Nullable Period period,
      @Nullable Reference issuer) {}

  /**
   * A practitioner.
   *
   * @param resourceType always {@code Practitioner}
   * @param id logical id
   * @param identifier identifiers
   * @param active whether active
   * @param name names
   * @param telecom contact points
   * @param qualification licences and privileges
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "identifier",
    "active",
    "name",
    "telecom",
    "qualification"
  })
  public record Practitioner(
      String resourceType,
      String id,
      @Nullable List<Identifier> identifier,
      @Nullable Boolean active,
      @Nullable List<HumanName> name,
      @Nullable List<ContactPoint> telecom,
      @Nullable List<Qualification> qualification)
      implements Resource {}

  /**
   * What a practitioner does in the program.
   *
   * @param resourceType always {@code PractitionerRole}
   * @param id logical id
   * @param active whether active
   * @param practitioner the practitioner
   * @param code the roles
   * @param specialty the specialties
   */
  @JsonbPropertyOrder({"resourceType", "id", "active", "practitioner", "code", "specialty"})
  public record PractitionerRole(
      String resourceType,
      String id,
      @Nullable Boolean active,
      Reference practitioner,
      @Nullable List<CodeableConcept> code,
      @Nullable List<CodeableConcept> specialty)
      implements Resource {}

  /**
   * A person related to a patient (a support person).
   *
   * @param resourceType always {@code RelatedPerson}
   * @param id logical id
   * @param identifier identifiers
   * @param active whether active
   * @param patient the patient
   * @param relationship how related
   * @param name names
   * @param telecom contact points
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "identifier",
    "active",
    "patient",
    "relationship",
    "name",
    "telecom"
  })
  public record RelatedPerson(
      String resourceType,
      String id,
      @Nullable List<Identifier> identifier,
      @Nullable Boolean active,
      Reference patient,
      @Nullable List<CodeableConcept> relationship,
      @Nullable List<HumanName> name,
      @Nullable List<ContactPoint> telecom)
      implements Resource {}

  /**
   * A care team member.
   *
   * @param role the member's role
   * @param member the member
   */
  @JsonbPropertyOrder({"role", "member"})
  public record CareTeamParticipant(@Nullable List<CodeableConcept> role, Reference member) {}

  /**
   * A patient's care team.
   *
   * @param resourceType always {@code CareTeam}
   * @param id logical id
   * @param status proposed, active, ...
   * @param name a name
   * @param subject the patient
   * @param participant the members
   */
  @JsonbPropertyOrder({"resourceType", "id", "status", "name", "subject", "participant"})
  public record CareTeam(
      String resourceType,
      String id,
      @Nullable String status,
      @Nullable String name,
      @Nullable Reference subject,
      @Nullable List<CareTeamParticipant> participant)
      implements Resource {}

  /**
   * A group member.
   *
   * @param entity the member
   * @param period when a member
   * @param inactive whether no longer a member
   */
  @JsonbPropertyOrder({"entity", "period", "inactive"})
  public record GroupMember(
      Reference entity, @Nullable Period period, @Nullable Boolean inactive) {}

  /**
   * A cohort of patients.
   *
   * @param resourceType always {@code Group}
   * @param id logical id
   * @param identifier identifiers
   * @param active whether active
   * @param type always {@code person}
   * @param actual always true
   * @param name a name
   * @param quantity number of members
   * @param member the members
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "identifier",
    "active",
    "type",
    "actual",
    "name",
    "quantity",
    "member"
  })
  public record Group(
      String resourceType,
      String id,
      @Nullable List<Identifier> identifier,
      @Nullable Boolean active,
      String type,
      Boolean actual,
      @Nullable String name,
      @Nullable Integer quantity,
      @Nullable List<GroupMember> member)
      implements Resource {}

  /**
   * An appointment participant.
   *
   * @param actor who
   * @param required required, optional, information-only
   * @param status accepted, declined, tentative, needs-action
   */
  @JsonbPropertyOrder({"actor", "required", "status"})
  public record AppointmentParticipant(Reference actor, @Nullable String required, String status) {}

  /**
   * A booked session.
   *
   * @param resourceType always {@code Appointment}
   * @param id logical id
   * @param identifier identifiers
   * @param status proposed, booked, fulfilled, cancelled, noshow, ...
   * @param serviceType the kind of service
   * @param description a short description
   * @param start FHIR instant
   * @param end FHIR instant
   * @param minutesDuration length in minutes
   * @param participant who takes part
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "identifier",
    "status",
    "serviceType",
    "description",
    "start",
    "end",
    "minutesDuration",
    "participant"
  })
  public record Appointment(
      String resourceType,
      String id,
      @Nullable List<Identifier> identifier,
      String status,
      @Nullable List<CodeableConcept> serviceType,
      @Nullable String description,
      @Nullable String start,
      @Nullable String end,
      @Nullable Integer minutesDuration,
      List<AppointmentParticipant> participant)
      implements Resource {}

  /**
   * An encounter participant.
   *
   * @param individual who
   */
  public record EncounterParticipant(Reference individual) {}

  /**
   * A session a patient attended.
   *
   * @param resourceType always {@code Encounter}
   * @param id logical id
   * @param status finished, ...
   * @param classValue the encounter class ({@code VR}, virtual); written as {@code class}
   * @param subject the patient
   * @param episodeOfCare the episode
   * @param participant the clinicians
   * @param appointment the appointment
   * @param period when
   * @param length minutes attended
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "status",
    "class",
    "subject",
    "episodeOfCare",
    "participant",
    "appointment",
    "period",
    "length"
  })
  public record Encounter(
      String resourceType,
      String id,
      String status,
      @jakarta.json.bind.annotation.JsonbProperty("class") Coding classValue,
      Reference subject,
      @Nullable List<Reference> episodeOfCare,
      @Nullable List<EncounterParticipant> participant,
      @Nullable List<Reference> appointment,
      @Nullable Period period,
      @Nullable Duration length)
      implements Resource {}

  /**
   * A past status of an episode.
   *
   * @param status the status
   * @param period when
   */
  @JsonbPropertyOrder({"status", "period"})
  public record StatusHistory(String status, Period period) {}

  /**
   * An enrollment.
   *
   * @param resourceType always {@code EpisodeOfCare}
   * @param id logical id
   * @param identifier identifiers
   * @param status planned, active, onhold, finished, cancelled
   * @param statusHistory past statuses
   * @param type the kind of care
   * @param patient the patient
   * @param period when
   * @param team care teams
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "identifier",
    "status",
    "statusHistory",
    "type",
    "patient",
    "period",
    "team"
  })
  public record EpisodeOfCare(
      String resourceType,
      String id,
      @Nullable List<Identifier> identifier,
      String status,
      @Nullable List<StatusHistory> statusHistory,
      @Nullable List<CodeableConcept> type,
      Reference patient,
      @Nullable Period period,
      @Nullable List<Reference> team)
      implements Resource {}

  /**
   * An answer.
   *
   * @param valueCoding a coded answer
   * @param valueInteger a numeric answer
   */
  @JsonbPropertyOrder({"valueCoding", "valueInteger"})
  public record Answer(@Nullable Coding valueCoding, @Nullable Integer valueInteger) {}

  /**
   * An answered question.
   *
   * @param linkId the item id
   * @param text the question text where free to reproduce
   * @param answer the answers
   */
  @JsonbPropertyOrder({"linkId", "text", "answer"})
  public record ResponseItem(String linkId, @Nullable String text, @Nullable List<Answer> answer) {}

  /**
   * Answers to an instrument.
   *
   * @param resourceType always {@code QuestionnaireResponse}
   * @param id logical id
   * @param status completed, ...
   * @param subject the patient
   * @param authored when answered
   * @param item the answers
   */
  @JsonbPropertyOrder({"resourceType", "id", "status", "subject", "authored", "item"})
  public record QuestionnaireResponse(
      String resourceType,
      String id,
      String status,
      @Nullable Reference subject,
      @Nullable String authored,
      @Nullable List<ResponseItem> item)
      implements Resource {}

  /**
   * A component of an observation (an item score).
   *
   * @param code what
   * @param valueCodeableConcept a coded value
   * @param valueInteger a numeric value
   */
  @JsonbPropertyOrder({"code", "valueCodeableConcept", "valueInteger"})
  public record ObservationComponent(
      CodeableConcept code,
      @Nullable CodeableConcept valueCodeableConcept,
      @Nullable Integer valueInteger) {}

  /**
   * A score.
   *
   * @param resourceType always {@code Observation}
   * @param id logical id
   * @param status final, ...
   * @param category {@code survey}
   * @param code what was measured
   * @param subject the patient
   * @param effectiveDateTime when
   * @param valueInteger the total
   * @param interpretation the severity band
   * @param derivedFrom the questionnaire response
   * @param component item scores
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "status",
    "category",
    "code",
    "subject",
    "effectiveDateTime",
    "valueInteger",
    "interpretation",
    "derivedFrom",
    "component"
  })
  public record Observation(
      String resourceType,
      String id,
      String status,
      @Nullable List<CodeableConcept> category,
      CodeableConcept code,
      @Nullable Reference subject,
      @Nullable String effectiveDateTime,
      @Nullable Integer valueInteger,
      @Nullable List<CodeableConcept> interpretation,
      @Nullable List<Reference> derivedFrom,
      @Nullable List<ObservationComponent> component)
      implements Resource {}

  /**
   * A plan of care.
   *
   * @param resourceType always {@code CarePlan}
   * @param id logical id
   * @param status draft, active, completed, revoked, ...
   * @param intent always {@code plan}
   * @param category what kind of plan
   * @param title a title
   * @param subject the patient
   * @param period when it applies
   * @param created when written
   * @param careTeam who carries it out
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "status",
    "intent",
    "category",
    "title",
    "subject",
    "period",
    "created",
    "careTeam"
  })
  public record CarePlan(
      String resourceType,
      String id,
      String status,
      String intent,
      @Nullable List<CodeableConcept> category,
      @Nullable String title,
      Reference subject,
      @Nullable Period period,
      @Nullable String created,
      @Nullable List<Reference> careTeam)
      implements Resource {}

  /**
   * A policy a consent refers to.
   *
   * @param uri the policy's URI
   */
  public record Policy(String uri) {}

  /**
   * What a consent permits.
   *
   * @param type permit or deny
   * @param period when it applies
   */
  @JsonbPropertyOrder({"type", "period"})
  public record Provision(@Nullable String type, @Nullable Period period) {}

  /**
   * A consent.
   *
   * @param resourceType always {@code Consent}
   * @param id logical id
   * @param status active, inactive, ...
   * @param scope treatment or patient-privacy
   * @param category what kind of consent
   * @param patient the patient
   * @param dateTime when signed
   * @param policy the policies
   * @param policyRule the rule
   * @param provision what it permits, when
   */
  @JsonbPropertyOrder({
    "resourceType",
    "id",
    "status",
    "scope",
    "category",
    "patient",
    "dateTime",
    "policy",
    "policyRule",
    "provision"
  })
  public record Consent(
      String resourceType,
      String id,
      String status,
      CodeableConcept scope,
      List<CodeableConcept> category,
      @Nullable Reference patient,
      @Nullable String dateTime,
      @Nullable List<Policy> policy,
      @Nullable CodeableConcept policyRule,
      @Nullable Provision provision)
      implements Resource {}

  /**
   * A bundle entry.
   *
   * @param fullUrl the absolute URL of the resource
   * @param resource the resource
   */
  @JsonbPropertyOrder({"fullUrl", "resource"})
  public record Entry(String fullUrl, Resource resource) {}

  /**
   * A collection of resources.
   *
   * @param resourceType always {@code Bundle}
   * @param id logical id
   * @param type always {@code collection}
   * @param timestamp when assembled
   * @param entry the entries
   */
  @JsonbPropertyOrder({"resourceType", "id", "type", "timestamp", "entry"})
  public record Bundle(
      String resourceType, String id, String type, String timestamp, List<Entry> entry) {}
}
