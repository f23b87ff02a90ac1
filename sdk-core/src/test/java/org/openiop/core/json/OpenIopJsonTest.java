package org.openiop.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.TypedId;
import org.openiop.core.internal.IdRules;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Compact;
import org.openiop.core.people.CompactRegistry;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PracticeAuthority;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.program.Program;

class OpenIopJsonTest {
  private final OpenIopJson json = OpenIopJson.standard();

  @Test
  void participantRoundTripsWithIdsAsPlainStrings() {
    Participant p = Fixtures.participant();
    String text = json.toJson(p);
    assertThat(text).contains("\"id\":\"par_1\"").contains("\"jurisdiction\":\"US-CA\"");
    assertThat(json.fromJson(text, Participant.class, "participant")).isEqualTo(p);
  }

  @Test
  void otherAggregatesRoundTrip() {
    Clinician c = Fixtures.psychologist();
    assertThat(json.fromJson(json.toJson(c), Clinician.class, "clinician")).isEqualTo(c);
    Program program = Fixtures.program();
    assertThat(json.fromJson(json.toJson(program), Program.class, "program")).isEqualTo(program);
    SupportPerson s = Fixtures.supportPerson();
    assertThat(json.fromJson(json.toJson(s), SupportPerson.class, "supportPerson")).isEqualTo(s);
    Consent consent =
        Fixtures.familyRelease(s.participant(), s.id(), Fixtures.T0)
            .revoke(Fixtures.T0.plusSeconds(60), "par_1", "changed mind");
    assertThat(json.fromJson(json.toJson(consent), Consent.class, "consent")).isEqualTo(consent);
  }

  @Test
  void readingValidatesAndNamesThePathWithoutQuotingTheValue() {
    String text =
        json.toJson(Fixtures.participant()).replace("alex@example.org", "alex-at-example.org");
    assertThatThrownBy(() -> json.fromJson(text, Participant.class, "participant"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: participant.contact.email: must be a well-formed email address")
        .hasMessageNotContaining("alex");
  }

  @Test
  void unknownPropertiesAreRejectedInStrictMode() {
    String text =
        json.toJson(Fixtures.supportPerson())
            .replace("{\"contact\"", "{\"secret\":\"Jane Doe\",\"contact\"");
    assertThat(text).contains("secret");
    assertThatThrownBy(() -> json.fromJson(text, SupportPerson.class, "supportPerson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("invalid input: supportPerson: is not well-formed JSON")
        .hasMessageNotContaining("Jane");
  }

  @Test
  void lenientModeIgnoresUnknownPropertiesButStillValidates() {
    OpenIopJson lenient = OpenIopJson.builder().strict(false).build();
    SupportPerson s = Fixtures.supportPerson();
    String text = lenient.toJson(s).replaceFirst("\\{", "{\"addedLater\":1,");
    assertThat(lenient.fromJson(text, SupportPerson.class, "supportPerson")).isEqualTo(s);
    String invalid = text.replace("m@example.org", "not-an-email");
    assertThatThrownBy(() -> lenient.fromJson(invalid, SupportPerson.class, "supportPerson"))
        .hasMessage(
            "invalid input: supportPerson.contact.email: must be a well-formed email address");
  }

  /** An id type another module might define. */
  public record WidgetId(String value) implements TypedId {
    public WidgetId {
      IdRules.check("widgetId", value);
    }
  }

  /** A value holding it. */
  public record Widget(WidgetId id, ParticipantId owner) {}

  @Test
  void otherModulesRegisterTheirIdTypesWithOneGenericAdapter() {
    OpenIopJson extended =
        OpenIopJson.builder().adapter(new TypedIdAdapter<WidgetId>(WidgetId::new) {}).build();
    Widget w = new Widget(new WidgetId("wdg_1"), ParticipantId.of("par_1"));
    String text = extended.toJson(w);
    assertThat(text).isEqualTo("{\"id\":\"wdg_1\",\"owner\":\"par_1\"}");
    assertThat(extended.fromJson(text, Widget.class, "widget")).isEqualTo(w);
    assertThatThrownBy(
            () -> extended.fromJson(text.replace("wdg_1", "bad id"), Widget.class, "widget"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: widget: is not a valid Widget: widgetId: must be 1-64 characters of"
                + " letters, digits and . _ : -, starting with a letter or digit");
  }

  @Test
  void timesAreIso8601() {
    String text = json.toJson(Fixtures.program());
    assertThat(text)
        .contains("\"minWeeklyService\":\"PT9H\"")
        .contains("\"start\":\"18:00:00\"")
        .contains("\"duration\":\"PT3H\"");
    String consent = json.toJson(Fixtures.telehealth(ParticipantId.of("par_1"), Fixtures.T0));
    assertThat(consent).contains("\"effectiveFrom\":\"2026-03-02T17:00:00Z\"");
    assertThat(json.toJson(Fixtures.participant()))
        .contains("\"dateOfBirth\":\"1990-04-02\"")
        .contains("\"homeZone\":\"America/Los_Angeles\"");
  }

  @Test
  void bundledCompactsAndPracticeAuthoritiesRoundTrip() {
    for (Compact c : CompactRegistry.standard().all()) {
      assertThat(json.fromJson(json.toJson(c), Compact.class, "compact")).isEqualTo(c);
    }
    PracticeAuthority a =
        Fixtures.psychologist()
            .authorityIn(Jurisdiction.of("US-TX"), java.time.LocalDate.of(2026, 3, 2))
            .orElseThrow();
    assertThat(json.fromJson(json.toJson(a), PracticeAuthority.class, "authority")).isEqualTo(a);
  }

  @Test
  void unknownPropertiesAreRejectedAtAnyDepth() {
    String text =
        json.toJson(Fixtures.supportPerson()).replace("\"email\":", "\"fax\":\"1\",\"email\":");
    assertThat(text).contains("\"fax\"");
    assertThatThrownBy(() -> json.fromJson(text, SupportPerson.class, "supportPerson"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("is not well-formed JSON");
  }
}
