package org.openiop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;

class ValidationTest {

  @Test
  void checkReportsEveryViolationByPathSortedAndWithoutValues() {
    Participant.Builder builder =
        Fixtures.participant().toBuilder()
            .legalName(new PersonName(" ", "Rivera"))
            .contact(new ContactInfo("not-an-email", "555-0100"))
            .preferredLanguage("Spanish")
            .diagnosisCodes(List.of("F33.1", "J45.909"));
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::toString)
                    .containsExactly(
                        "participant.contact.email: must be a well-formed email address",
                        "participant.contact.phone: must be an E.164 phone number such as"
                            + " +14155550100",
                        "participant.diagnosisCodes[1]: must be an ICD-10-CM F-code such as F33.1",
                        "participant.legalName.given: must not be blank",
                        "participant.preferredLanguage: must be a BCP 47 language tag such as en"
                            + " or es-MX"))
        .hasMessageNotContaining("not-an-email")
        .hasMessageNotContaining("555-0100")
        .hasMessageNotContaining("J45")
        .hasMessageNotContaining("Spanish");
  }

  @Test
  void validValuesComeBackUnchanged() {
    Participant p = Fixtures.participant();
    assertThat(Validation.check(p, "participant")).isSameAs(p);
    assertThat(Validation.violations(p, "participant")).isEmpty();
  }
}
