package org.openiop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FhirExporterTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-01T12:00:00Z"), ZoneOffset.UTC);
  static FhirContext ctx;
  static FhirValidator validator;
  static String json;
  static Bundle parsed;

  @BeforeAll
  static void exportAndParse() {
    ctx = FhirContext.forR4Cached();
    ValidationSupportChain chain =
        new ValidationSupportChain(
            new DefaultProfileValidationSupport(ctx),
            new InMemoryTerminologyServerValidationSupport(ctx),
            new CommonCodeSystemsTerminologyService(ctx));
    validator = ctx.newValidator();
    validator.registerValidatorModule(new FhirInstanceValidator(chain));
    FhirExporter exporter =
        FhirExporter.builder(CLOCK).baseUrl("https://iop.example.org/fhir").build();
    json = exporter.exportJson(SampleProgram.build(12, 4, 7));
    IParser strict = ctx.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    parsed = strict.parseResource(Bundle.class, json);
  }

  @Test
  void aRealisticProgramPassesTheR4ValidatorWithZeroErrors() {
    ValidationResult result = validator.validateWithResult(json);

    List<SingleValidationMessage> errors =
        result.getMessages().stream()
            .filter(
                m ->
                    m.getSeverity() == ResultSeverityEnum.ERROR
                        || m.getSeverity() == ResultSeverityEnum.FATAL)
            .toList();
    assertThat(errors)
        .as(
            errors.stream()
                .limit(20)
                .map(m -> m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void theSameValidatorReportsErrorsForABrokenAppointment() {
    String broken =
        "{\"resourceType\":\"Appointment\",\"id\":\"x\",\"participant\":[{\"status\":\"accepted\","
            + "\"actor\":{\"reference\":\"Patient/p\"}}],\"start\":\"2026-03-02T18:00:00Z\"}";

    ValidationResult result = validator.validateWithResult(broken);

    assertThat(result.getMessages())
        .anyMatch(
            m ->
                m.getSeverity() == ResultSeverityEnum.ERROR
                    && m.getMessage().contains("Appointment.status"));
  }

  @Test
  void theBundleHoldsEveryResourceTypeTheIssueAsksFor() {
    var types =
        parsed.getEntry().stream()
            .map(e -> e.getResource().getResourceType())
            .collect(Collectors.toSet());
    assertThat(types)
        .contains(
            ResourceType.Patient,
            ResourceType.Practitioner,
            ResourceType.PractitionerRole,
            ResourceType.RelatedPerson,
            ResourceType.CareTeam,
            ResourceType.Group,
            ResourceType.Appointment,
            ResourceType.Encounter,
            ResourceType.EpisodeOfCare,
            ResourceType.QuestionnaireResponse,
            ResourceType.Observation,
            ResourceType.CarePlan,
            ResourceType.Consent);
  }

  @Test
  void patientsCarryTheirTimeZoneAndState() {
    Patient p = resource(Patient.class, "par-0");
    assertThat(p.getExtensionByUrl(FhirExporter.TIMEZONE_EXTENSION).getValue().primitiveValue())
        .isEqualTo("America/New_York");
    assertThat(p.getAddressFirstRep().getState()).isEqualTo("NY");
    assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo("par_0");
  }

  @Test
  void licencesBecomeQualificationsWithJurisdictionAndPeriod() {
    Practitioner p = resource(Practitioner.class, "cln-0");
    assertThat(p.getQualification()).hasSize(2);
    var licence = p.getQualificationFirstRep();
    assertThat(licence.getIdentifierFirstRep().getSystem()).endsWith("/US-NY");
    assertThat(licence.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-12-31");
  }

  @Test
  void attendedSessionsBecomeVirtualEncountersAndScoresSurveyObservationsWithLoinc() {
    Encounter e =
        parsed.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Encounter.class::isInstance)
            .map(Encounter.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(e.getClass_().getCode()).isEqualTo("VR");
    Observation phq =
        parsed.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Observation.class::isInstance)
            .map(Observation.class::cast)
            .filter(o -> o.getCode().getCodingFirstRep().getCode().equals("44261-6"))
            .findFirst()
            .orElseThrow();
    assertThat(phq.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
    assertThat(phq.getSubject().getReference()).startsWith("Patient/");
    assertThat(phq.getComponent())
        .extracting(c -> c.getCode().getCodingFirstRep().getCode())
        .contains("44260-8");
    assertThat(
            parsed.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Observation.class::isInstance)
                .map(Observation.class::cast)
                .anyMatch(o -> o.getCode().getCodingFirstRep().getCode().equals("70274-6")))
        .isTrue();
  }

  @Test
  void appointmentsCarryTheSessionStatusAndEachParticipantsStatus() {
    List<Appointment> appointments =
        parsed.getEntry().stream()
            .map(Bundle.BundleEntryComponent::getResource)
            .filter(Appointment.class::isInstance)
            .map(Appointment.class::cast)
            .toList();
    assertThat(appointments).extracting(a -> a.getStatus().toCode()).contains("fulfilled");
    assertThat(appointments.get(0).getParticipant()).allMatch(p -> p.hasStatus());
  }

  @Test
  void idsThatCollideOnceMadeFhirSafeAreRefused() {
    FhirExportRequest base = SampleProgram.build(1, 0, 1);
    var p = base.participants().get(0);
    var twin = p.toBuilder().id(org.openiop.core.ParticipantId.of("par-0")).build();
    FhirExportRequest bad =
        FhirExportRequest.builder(base.program()).participants(List.of(p, twin)).build();
    assertThatThrownBy(() -> FhirExporter.builder(CLOCK).build().bundle(bad))
        .isInstanceOf(org.openiop.core.InvalidInputException.class)
        .hasMessageContaining("would share the FHIR id par-0");
  }

  static <T extends org.hl7.fhir.r4.model.Resource> T resource(Class<T> type, String id) {
    return parsed.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> r.getIdElement().getIdPart().equals(id))
        .findFirst()
        .orElseThrow();
  }
}
