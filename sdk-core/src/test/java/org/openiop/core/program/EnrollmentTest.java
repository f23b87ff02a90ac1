package org.openiop.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.json.OpenIopJson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.Signature;

class EnrollmentTest {
  private static final ParticipantId P = ParticipantId.of("par_1");
  private static final Instant T0 = Fixtures.T0;

  static Consent confidentiality(ParticipantId p, Instant at) {
    return new Consent(
        ConsentId.of("con_conf_" + p.value()),
        1,
        ConsentType.CONFIDENTIALITY_AGREEMENT,
        p,
        null,
        "2026.1",
        new Signature("Alex Rivera", Signature.Capacity.SELF, at),
        at,
        null,
        null,
        null,
        null);
  }

  private static Enrollment screening() {
    return Enrollment.refer(
            EnrollmentId.of("enr_1"), P, ProgramId.of("prg_adult"), T0, "adm_intake", "referral")
        .transition(EnrollmentStatus.SCREENING, T0.plusSeconds(3600), "cln_1", "intake call");
  }

  private static Instant hours(int h) {
    return T0.plus(Duration.ofHours(h));
  }

  @Test
  void anEnrollmentWalksItsWholeLifeAndKeepsEveryStep() {
    List<Consent> consents = List.of(Fixtures.telehealth(P, T0), confidentiality(P, T0));
    Enrollment e =
        screening()
            .admit(CohortId.of("coh_1"), "weekday-evening", consents, hours(2), "cln_1", "fits IOP")
            .transition(EnrollmentStatus.ACTIVE, hours(3), "cln_1", "first group")
            .transition(EnrollmentStatus.ON_HOLD, hours(4), "cln_1", "illness")
            .transition(EnrollmentStatus.ACTIVE, hours(5), "cln_1", "back")
            .transition(EnrollmentStatus.STEPPED_DOWN, hours(6), "cln_1", "goals met");
    assertThat(e.status()).isEqualTo(EnrollmentStatus.STEPPED_DOWN);
    assertThat(e.history())
        .extracting(EnrollmentTransition::to)
        .containsExactly(
            EnrollmentStatus.REFERRED,
            EnrollmentStatus.SCREENING,
            EnrollmentStatus.ADMITTED,
            EnrollmentStatus.ACTIVE,
            EnrollmentStatus.ON_HOLD,
            EnrollmentStatus.ACTIVE,
            EnrollmentStatus.STEPPED_DOWN);
    assertThat(e.history().get(4).reason()).isEqualTo("illness");
    assertThat(e.cohort()).isEqualTo(CohortId.of("coh_1"));
    assertThat(e.since()).isEqualTo(hours(6));
    assertThat(e.toString()).doesNotContain("illness");
    OpenIopJson json = OpenIopJson.standard();
    assertThat(json.fromJson(json.toJson(e), Enrollment.class, "enrollment")).isEqualTo(e);
  }

  @Test
  void anIllegalTransitionNamesBothStatesAndChangesNothing() {
    Enrollment referred =
        Enrollment.refer(EnrollmentId.of("enr_1"), P, ProgramId.of("prg_1"), T0, "adm_1", "r");
    assertThatThrownBy(
            () -> referred.transition(EnrollmentStatus.ACTIVE, hours(1), "cln_1", "skip ahead"))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(EnrollmentStatus.REFERRED);
              assertThat(e.to()).isEqualTo(EnrollmentStatus.ACTIVE);
            })
        .hasMessage("enrollment enr_1 cannot go from REFERRED to ACTIVE");
    assertThat(referred.status()).isEqualTo(EnrollmentStatus.REFERRED);
    assertThat(referred.history()).hasSize(1);
  }

  @Test
  void admissionRequiresActiveTelehealthConsentAndConfidentialityAgreement() {
    Enrollment s = screening();
    assertThatThrownBy(() -> s.admit(null, null, List.of(), hours(2), "cln_1", "fits"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "enrollment enr_1 cannot be admitted without active consents: TELEHEALTH,"
                + " CONFIDENTIALITY_AGREEMENT");
    Consent tele = Fixtures.telehealth(P, T0);
    Consent revoked = tele.revoke(hours(1), "par_1", "declined video");
    // passing the older version too does not hide the revocation
    assertThat(s.missingAdmissionConsents(List.of(tele, revoked, confidentiality(P, T0)), hours(2)))
        .containsExactly(ConsentType.TELEHEALTH);
    // another participant's consents do not count
    ParticipantId other = ParticipantId.of("par_2");
    assertThat(
            s.missingAdmissionConsents(
                List.of(Fixtures.telehealth(other, T0), confidentiality(other, T0)), hours(2)))
        .hasSize(2);
    // a staff member's confidentiality agreement is not the participant's
    Consent staff =
        new Consent(
            ConsentId.of("con_staff"),
            1,
            ConsentType.CONFIDENTIALITY_AGREEMENT,
            null,
            ClinicianId.of("cln_1"),
            "2026.1",
            new Signature("Dana Okafor", Signature.Capacity.STAFF, T0),
            T0,
            null,
            null,
            null,
            null);
    assertThat(s.missingAdmissionConsents(List.of(tele, staff), hours(2)))
        .containsExactly(ConsentType.CONFIDENTIALITY_AGREEMENT);
  }

  @Test
  void admitIsTheOnlyWayToAdmitAndTimeCannotRunBackwards() {
    Enrollment s = screening();
    assertThatThrownBy(() -> s.transition(EnrollmentStatus.ADMITTED, hours(2), "cln_1", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> s.transition(EnrollmentStatus.DECLINED, T0, "cln_1", "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: at: must not be before the last transition");
    assertThatThrownBy(() -> s.transition(EnrollmentStatus.DECLINED, hours(2), "Dr Who", "x"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: actor: must be a well-formed id");
    assertThatThrownBy(() -> s.transition(EnrollmentStatus.DECLINED, hours(2), "cln_1", " "))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aForgedHistoryIsRejectedOnConstruction() {
    List<EnrollmentTransition> forged =
        List.of(
            new EnrollmentTransition(null, EnrollmentStatus.REFERRED, T0, "adm_1", "r"),
            new EnrollmentTransition(
                EnrollmentStatus.REFERRED, EnrollmentStatus.DISCHARGED, hours(1), "adm_1", "x"));
    assertThatThrownBy(
            () ->
                new Enrollment(
                    EnrollmentId.of("enr_1"), P, ProgramId.of("prg_1"), null, null, forged))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: history[1].to: is not allowed after REFERRED");
  }

  @Test
  void terminalStatesHaveNoWayOut() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      boolean terminal =
          switch (s) {
            case DECLINED, STEPPED_DOWN, DISCHARGED, TRANSFERRED_HIGHER_LEVEL, WITHDRAWN -> true;
            default -> false;
          };
      assertThat(s.isTerminal()).as(s.name()).isEqualTo(terminal);
    }
  }
}
