package org.openiop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class TypedIdTest {

  @Test
  void ofAcceptsAWellFormedValueAndKeepsIt() {
    assertThat(ParticipantId.of("par_01").value()).isEqualTo("par_01");
  }

  @Test
  void ofRejectsAMalformedValueNamingTheFieldButNotTheValue() {
    assertThatThrownBy(() -> ParticipantId.of("Jane Doe"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("invalid input: participantId: must be 1-64 characters")
        .hasMessageNotContaining("Jane");
  }

  @Test
  void ofRejectsNullAsAnInvalidInput() {
    assertThatThrownBy(() -> SessionId.of(null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: sessionId: must not be null");
  }

  @Test
  void tryParseReturnsEmptyForMalformedValues() {
    assertThat(ClinicianId.tryParse("")).isEmpty();
    assertThat(ClinicianId.tryParse(null)).isEmpty();
    assertThat(ClinicianId.tryParse("x".repeat(65))).isEmpty();
    assertThat(ClinicianId.tryParse("cln_7")).contains(ClinicianId.of("cln_7"));
  }

  @Test
  void seededGeneratorsRepeatTheirSequence() {
    IdGenerator a = IdGenerator.seeded(42);
    IdGenerator b = IdGenerator.seeded(42);
    assertThat(CohortId.generate(a)).isEqualTo(CohortId.generate(b));
    assertThat(CohortId.generate(a).value()).startsWith("coh_").hasSize(30);
  }

  @Property
  void generatedIdsAlwaysParseBack(@ForAll @LongRange long seed) {
    ParticipantId id = ParticipantId.generate(IdGenerator.seeded(seed));
    assertThat(ParticipantId.tryParse(id.value())).contains(id);
  }

  @Property(tries = 200)
  void secureRandomIdsDoNotRepeat() {
    IdGenerator generator = IdGenerator.secureRandom();
    assertThat(generator.next("enr")).isNotEqualTo(generator.next("enr"));
  }

  @Test
  void invalidInputListsEveryViolationSortedByPath() {
    InvalidInputException e =
        new InvalidInputException(
            java.util.List.of(new Violation("b.x", "must be positive"), new Violation("a", "bad")));
    assertThat(e.violations()).extracting(Violation::path).containsExactly("a", "b.x");
    assertThat(e).hasMessage("invalid input: a: bad; b.x: must be positive");
  }
}
