package org.openiop.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

class ParticipantTest {

  @Test
  void locationHistoryAnswersWhereTheParticipantIsOnADay() {
    Participant p = Fixtures.participant();
    assertThat(p.jurisdictionOn(LocalDate.of(2026, 3, 9))).contains(Jurisdiction.of("US-CA"));
    assertThat(p.jurisdictionOn(LocalDate.of(2026, 3, 10))).contains(Jurisdiction.of("US-NY"));
    assertThat(p.jurisdictionOn(LocalDate.of(2024, 12, 31))).isEmpty();
  }

  @Test
  void jurisdictionAtUsesTheLocalDateOfEachStay() {
    Participant p = Fixtures.participant();
    // 2026-03-10T02:00Z is 9 March 19:00 in Los Angeles, inside the California stay.
    assertThat(p.jurisdictionAt(Instant.parse("2026-03-10T02:00:00Z")))
        .contains(Jurisdiction.of("US-CA"));
    // 2026-03-10T05:00Z is 10 March 01:00 in New York and 9 March 22:00 in Los Angeles; the
    // earlier stay (CA, ending 9 March) still matches in its own zone and wins.
    assertThat(p.jurisdictionAt(Instant.parse("2026-03-10T05:00:00Z")))
        .contains(Jurisdiction.of("US-CA"));
    assertThat(p.jurisdictionAt(Instant.parse("2026-03-10T15:00:00Z")))
        .contains(Jurisdiction.of("US-NY"));
  }

  @Test
  void overlappingStaysAreRejected() {
    LocationStay a =
        new LocationStay(
            Jurisdiction.of("US-CA"),
            Fixtures.LA,
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 1));
    LocationStay b =
        new LocationStay(Jurisdiction.of("US-NY"), Fixtures.NY, LocalDate.of(2026, 2, 1), null);
    assertThatThrownBy(() -> new LocationHistory(List.of(a, b)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("stays[1]: must start after the previous stay ends");
  }

  @Test
  void toStringShowsTheIdOnly() {
    assertThat(Fixtures.participant().toString())
        .isEqualTo("Participant[id=par_1, redacted]")
        .doesNotContain("Rivera");
    assertThat(Fixtures.supportPerson().toString()).doesNotContain("Maria");
  }

  @Test
  void displayNamePrefersThePreferredName() {
    assertThat(Fixtures.participant().displayName().given()).isEqualTo("Alex");
    assertThat(Fixtures.participant().toBuilder().preferredName(null).build().displayName().given())
        .isEqualTo("Alexandra");
  }
}
