package org.openiop.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.Validation;

class ConsentTest {
  private static final ParticipantId P = ParticipantId.of("par_1");
  private static final Instant T0 = Fixtures.T0;

  @Test
  void revocationIsANewVersionAndHistoryStaysTrue() {
    Consent v1 = Fixtures.familyRelease(P, SupportPersonId.of("sup_1"), T0);
    Instant revokedAt = T0.plus(Duration.ofDays(30));
    Consent v2 = v1.revoke(revokedAt, "par_1", "no longer wanted");
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v1.revoked()).isFalse();
    assertThat(v2.revoked()).isTrue();
    assertThat(v2.isActiveAt(T0.plus(Duration.ofDays(1)))).isTrue();
    assertThat(v2.isActiveAt(revokedAt)).isFalse();
    assertThat(v1.isActiveAt(T0.minusSeconds(1))).isFalse();
    assertThat(v1.isActiveAt(T0.plus(Duration.ofDays(365)))).isFalse();
    assertThatThrownBy(() -> v2.revoke(revokedAt, "par_1", ""))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void psychotherapyNotesAreNotAReleaseCategory() {
    assertThat(Arrays.stream(ReleaseCategory.values()).map(Enum::name))
        .containsExactly("SCHEDULE", "ATTENDANCE", "PLANS", "PROGRESS");
  }

  @Test
  void typeSpecificPartsAreRequiredExactlyForTheirType() {
    Consent tele = Fixtures.telehealth(P, T0);
    assertThatThrownBy(
            () ->
                new Consent(
                    tele.id(),
                    1,
                    ConsentType.FAMILY_RELEASE,
                    P,
                    null,
                    "1",
                    tele.signature(),
                    T0,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: familyRelease: must be set exactly when the type is FAMILY_RELEASE");
    assertThatThrownBy(
            () ->
                new Consent(
                    tele.id(),
                    1,
                    ConsentType.TELEHEALTH,
                    null,
                    ClinicianId.of("cln_1"),
                    "1",
                    tele.signature(),
                    T0,
                    null,
                    null,
                    null,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: staff: may only sign a CONFIDENTIALITY_AGREEMENT");
  }

  @Test
  void part2ConsentsNeedEveryRequiredElement() {
    Part2Disclosure incomplete =
        new Part2Disclosure("Acme IOP", " ", "Dr. Smith", "treatment", "", true, false);
    Consent c =
        new Consent(
            ConsentId.of("con_p2"),
            1,
            ConsentType.PART2_DISCLOSURE,
            P,
            null,
            "2026.1",
            new Signature("Alex Rivera", Signature.Capacity.SELF, T0),
            T0,
            T0.plus(Duration.ofDays(90)),
            null,
            incomplete,
            null);
    assertThat(Validation.violations(c, "consent"))
        .extracting(Object::toString)
        .containsExactly(
            "consent.part2.information: must not be blank",
            "consent.part2.redisclosureNoticeGiven: must be true: the redisclosure statement must"
                + " be given");
    assertThatThrownBy(
            () ->
                new Consent(
                    ConsentId.of("con_p2"),
                    1,
                    ConsentType.PART2_DISCLOSURE,
                    P,
                    null,
                    "2026.1",
                    c.signature(),
                    T0,
                    null,
                    null,
                    incomplete,
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: expiresAt: a Part 2 consent needs an expiry date or an expiry event");
  }

  @Test
  void toStringCarriesNoSignerName() {
    assertThat(Fixtures.telehealth(P, T0).toString()).doesNotContain("Rivera").contains("par_1");
  }
}
