package org.openiop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openiop.core.json.OpenIopJson;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.Participant;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionTemplate;

/** Bad input of many kinds: each gets a clear error by path, quotes no value, changes nothing. */
class BadInputTest {
  private static final OpenIopJson JSON = OpenIopJson.standard();
  private static final String SECRET = "Zorblat";

  static Stream<Arguments> badParticipantJson() {
    String good = JSON.toJson(Fixtures.participant());
    return Stream.of(
        Arguments.of("not JSON", SECRET + " {", "participant: is not well-formed JSON"),
        Arguments.of("truncated", good.substring(0, good.length() / 2), "is not well-formed JSON"),
        Arguments.of("array instead of object", "[\"" + SECRET + "\"]", "is not well-formed JSON"),
        Arguments.of(
            "unknown property",
            good.replaceFirst("\\{", "{\"nickname\":\"" + SECRET + "\","),
            "is not well-formed JSON"),
        Arguments.of(
            "malformed id",
            good.replace("\"par_1\"", "\"" + SECRET + " Smith\""),
            "participantId: must be 1-64 characters"),
        Arguments.of(
            "malformed jurisdiction",
            good.replace("\"US-CA\"", "\"" + SECRET + "\""),
            "jurisdiction: must be an ISO 3166-2 subdivision code"),
        Arguments.of(
            "unknown zone",
            good.replace("America/Los_Angeles", "Mars/" + SECRET),
            "is not well-formed JSON"),
        Arguments.of(
            "bad date", good.replace("1990-04-02", "1990-13-" + SECRET), "is not well-formed JSON"),
        Arguments.of(
            "enum value that does not exist",
            good.replace("\"ADULT\"", "\"" + SECRET + "\""),
            "is not well-formed JSON"),
        Arguments.of(
            "missing required property",
            good.replace("\"ageGroup\":\"ADULT\",", ""),
            "a required property is missing (ageGroup == null)"),
        Arguments.of(
            "diagnosis outside chapter 5",
            good.replace("F41.1", "Z99." + SECRET.substring(0, 1).toUpperCase()),
            "participant.diagnosisCodes[1]: must be an ICD-10-CM F-code"),
        Arguments.of(
            "future date of birth",
            good.replace("1990-04-02", "2999-01-01"),
            "participant.dateOfBirth: must be in the past"),
        Arguments.of(
            "overlapping stays",
            good.replace("\"until\":\"2026-03-09\"", "\"until\":\"2026-03-11\""),
            "stays[1]: must start after the previous stay ends"),
        Arguments.of("null document", "null", "participant: must not be null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badParticipantJson")
  void badJsonIsRefusedClearlyWithoutQuotingIt(String kind, String json, String expected) {
    assertThatThrownBy(() -> JSON.fromJson(json, Participant.class, "participant"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(expected)
        .hasMessageNotContaining(SECRET)
        .hasMessageNotContaining("Smith");
  }

  @Test
  void badBuilderInputReportsEveryRuleAtOnce() {
    Clinician.Builder b =
        Fixtures.psychologist().toBuilder()
            .limits(new ClinicianLimits(0, 200, 0))
            .licenses(
                List.of(
                    new License(
                        Jurisdiction.of("US-CO"),
                        " ",
                        "#" + SECRET,
                        LocalDate.of(2020, 1, 1),
                        null,
                        LicenseStatus.ACTIVE)));
    assertThatThrownBy(b::build)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::path)
                    .containsExactly(
                        "clinician.licenses[0].number",
                        "clinician.licenses[0].type",
                        "clinician.limits.maxCaseload",
                        "clinician.limits.maxHoursPerDay",
                        "clinician.limits.maxHoursPerWeek"))
        .hasMessageNotContaining(SECRET);
  }

  @Test
  void structuralNonsenseIsRefusedAtConstruction() {
    assertThatThrownBy(
            () ->
                new SessionTemplate(
                    null,
                    DayOfWeek.MONDAY,
                    LocalTime.NOON,
                    Duration.ofMinutes(2),
                    SessionKind.GROUP,
                    Modality.CBT,
                    "x"))
        .hasMessage("invalid input: duration: must be between 5 minutes and 8 hours");
    assertThatThrownBy(
            () ->
                new License(
                    Jurisdiction.of("US-CO"),
                    "x",
                    "1",
                    LocalDate.of(2020, 1, 2),
                    LocalDate.of(2020, 1, 1),
                    LicenseStatus.ACTIVE))
        .hasMessage("invalid input: validUntil: must not be before validFrom");
    assertThatThrownBy(() -> new FamilyRelease(SupportPersonId.of("sup_1"), Set.of()))
        .hasMessage("invalid input: categories: must name at least one category");
    assertThatThrownBy(() -> Fixtures.program().toBuilder().groupSize(9, 3).build())
        .hasMessage("invalid input: maxGroupSize: must be at least minGroupSize");
    assertThatThrownBy(
            () ->
                Fixtures.program().toBuilder()
                    .weeklyService(Duration.ofHours(10), Duration.ofHours(9))
                    .build())
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Participant.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id == null");
  }

  @Test
  void aPsychotherapyNotesCategoryCannotBeReadFromJson() {
    Consent release =
        Fixtures.familyRelease(ParticipantId.of("par_1"), SupportPersonId.of("sup_1"), Fixtures.T0);
    String json = JSON.toJson(release).replace("\"SCHEDULE\"", "\"PSYCHOTHERAPY_NOTES\"");
    assertThat(json).contains("PSYCHOTHERAPY_NOTES");
    assertThatThrownBy(() -> JSON.fromJson(json, Consent.class, "consent"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aListIsValidatedElementByElement() {
    String json =
        "["
            + JSON.toJson(Fixtures.program())
            + ","
            + JSON.toJson(Fixtures.program()).replace("\"lengthWeeks\":10", "\"lengthWeeks\":99")
            + "]";
    java.lang.reflect.Type listOfPrograms =
        new java.util.ArrayList<Program>() {
          private static final long serialVersionUID = 1L;
        }.getClass().getGenericSuperclass();
    assertThatThrownBy(() -> JSON.fromJson(json, listOfPrograms, "programs"))
        .hasMessage("invalid input: programs[1].lengthWeeks: must be less than or equal to 52");
  }
}
