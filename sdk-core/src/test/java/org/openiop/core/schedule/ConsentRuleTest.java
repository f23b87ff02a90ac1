package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.schedule.RuleFixtures.NY;
import static org.openiop.core.schedule.RuleFixtures.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.ConsentId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.people.SupportRelation;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.program.Modality;
import org.openiop.core.program.SessionKind;

class ConsentRuleTest {
  private static final Instant SIGNED = Instant.parse("2026-02-01T12:00:00Z");
  private static final Instant SESSION = Instant.parse("2026-03-02T23:00:00Z");
  private final ConsentRule rule = new ConsentRule();
  private final Participant p = RuleFixtures.participant("par_p", "US-NY", NY, AgeGroup.ADULT);
  private final Clinician c = RuleFixtures.clinician("cln_c", "US-NY");
  private final SupportPerson mum =
      new SupportPerson(
          SupportPersonId.of("sup_mum"),
          p.id(),
          SupportRelation.PARENT,
          new PersonName("Mo", "Doe"),
          ContactInfo.NONE);

  private Consent consent(ConsentType type, FamilyRelease release) {
    return new Consent(
        ConsentId.of("con_" + type.name().toLowerCase(java.util.Locale.ROOT)),
        1,
        type,
        p.id(),
        null,
        "2026.1",
        new Signature("Pat Doe", Signature.Capacity.SELF, SIGNED),
        SIGNED,
        null,
        release,
        null,
        null);
  }

  private ScheduleDirectory dir(Consent... consents) {
    return ScheduleDirectory.builder()
        .participants(List.of(p))
        .clinicians(List.of(c))
        .supportPersons(List.of(mum))
        .consents(List.of(consents))
        .build();
  }

  private LedgerEntry family(boolean recorded) {
    return RuleFixtures.session(
        SessionKind.FAMILY,
        Modality.FAMILY_THERAPY,
        SESSION,
        Duration.ofMinutes(50),
        List.of(p.id()),
        List.of(c.id()),
        List.of(mum.id()),
        null,
        recorded);
  }

  @Test
  void aFamilySessionNeedsAnActiveReleaseNamingTheSupportPerson() {
    Consent release =
        consent(
            ConsentType.FAMILY_RELEASE,
            new FamilyRelease(mum.id(), Set.of(ReleaseCategory.SCHEDULE)));
    assertThat(check(rule, dir(release), family(false))).isEmpty();
    assertThat(check(rule, dir(), family(false)))
        .extracting(RuleViolation::message)
        .containsExactly(
            "participant par_p has no active family release naming support person sup_mum");
    Consent revoked =
        release.revoke(Instant.parse("2026-03-01T00:00:00Z"), p.id().value(), "changed mind");
    assertThat(check(rule, dir(revoked), family(false))).hasSize(1);
  }

  @Test
  void aRecordedSessionNeedsEveryonesRecordingConsent() {
    Consent release =
        consent(
            ConsentType.FAMILY_RELEASE,
            new FamilyRelease(mum.id(), Set.of(ReleaseCategory.SCHEDULE)));
    LedgerEntry recordedIndividual =
        RuleFixtures.session(
            SessionKind.INDIVIDUAL,
            Modality.CBT,
            SESSION,
            Duration.ofMinutes(50),
            List.of(p.id()),
            List.of(c.id()),
            List.of(),
            null,
            true);
    assertThat(check(rule, dir(release), recordedIndividual))
        .extracting(RuleViolation::message)
        .containsExactly("recorded session: participant par_p has no active recording consent");
    assertThat(check(rule, dir(release, consent(ConsentType.RECORDING, null)), recordedIndividual))
        .isEmpty();
    // Support persons cannot consent in the model, so a recorded family session is refused.
    assertThat(check(rule, dir(release, consent(ConsentType.RECORDING, null)), family(true)))
        .extracting(RuleViolation::message)
        .containsExactly(
            "recorded session: support person sup_mum has no way to consent to recording");
  }
}
