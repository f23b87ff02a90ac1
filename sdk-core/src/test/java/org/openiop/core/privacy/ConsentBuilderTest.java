package org.openiop.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class ConsentBuilderTest {
  private static final Instant T0 = Fixtures.T0;

  @Test
  void theConsentBuilderBuildsWhatTheConstructorWould() {
    Consent built =
        Consent.builder()
            .id(ConsentId.of("con_tele_par_1"))
            .type(ConsentType.TELEHEALTH)
            .participant(ParticipantId.of("par_1"))
            .formVersion("2026.1")
            .signature(new Signature("Alex Rivera", Signature.Capacity.SELF, T0))
            .effectiveFrom(T0)
            .build();
    assertThat(built).isEqualTo(Fixtures.telehealth(ParticipantId.of("par_1"), T0));
  }

  @Test
  void theConsentBuilderValidatesContent() {
    assertThatThrownBy(
            () ->
                Consent.builder()
                    .id(ConsentId.of("con_1"))
                    .type(ConsentType.CONFIDENTIALITY_AGREEMENT)
                    .staff(ClinicianId.of("cln_1"))
                    .formVersion("v 1")
                    .signature(new Signature(" ", Signature.Capacity.STAFF, T0))
                    .effectiveFrom(T0)
                    .build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Object::toString)
                    .containsExactly(
                        "consent.formVersion: must be 1-40 of letters, digits and . _ -",
                        "consent.signature.signerName: must not be blank"));
  }

  @Test
  void theSessionBuilderDefaultsToScheduledAndValidates() {
    Session s =
        Session.builder()
            .id(SessionId.of("ses_1"))
            .kind(SessionKind.GROUP)
            .modality(Modality.DBT)
            .topic("Distress tolerance")
            .start(T0, Fixtures.LA)
            .duration(Duration.ofMinutes(180))
            .facilitators(List.of(ClinicianId.of("cln_1")))
            .build();
    assertThat(s.status()).isEqualTo(SessionStatus.SCHEDULED);
    assertThat(s.toBuilder().recorded(true).build().recorded()).isTrue();
    assertThatThrownBy(() -> s.toBuilder().facilitators(List.of()).topic(" ").build())
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Object::toString)
                    .containsExactly(
                        "session.facilitators: size must be between 1 and 10",
                        "session.topic: must not be blank"));
  }
}
