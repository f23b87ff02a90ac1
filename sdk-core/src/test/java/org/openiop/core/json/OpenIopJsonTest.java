package org.openiop.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;
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
}
