package org.openiop.core.privacy.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openiop.core.privacy.access.PolicyFixtures.T0;
import static org.openiop.core.privacy.access.PolicyFixtures.familyRelease;
import static org.openiop.core.privacy.access.PolicyFixtures.part2;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditFailureException;
import org.openiop.core.privacy.audit.AuditOutcome;
import org.openiop.core.privacy.audit.Disclosure;
import org.openiop.core.privacy.audit.DisclosureAccounting;
import org.openiop.core.privacy.audit.InMemoryAuditSink;
import org.openiop.core.privacy.audit.PurposeOfUse;

class AccessPolicyTest {
  static final ParticipantId P1 = ParticipantId.of("par_1");
  static final ParticipantId P2 = ParticipantId.of("par_2");
  static final ClinicianId TEAM = ClinicianId.of("cli_team");
  static final ClinicianId TEAM2 = ClinicianId.of("cli_team2");
  static final ClinicianId OUTSIDER = ClinicianId.of("cli_outsider");
  static final SupportPersonId MOM = SupportPersonId.of("sup_mom");
  static final SupportPersonId EX = SupportPersonId.of("sup_ex");
  static final AdminId ADMIN = AdminId.of("adm_1");
  static final AdminId AUDITOR = AdminId.of("adm_audit");

  PolicyFixtures world;
  InMemoryAuditSink sink;
  BreakGlass breakGlass;
  AccessPolicy policy;

  @BeforeEach
  void setUp() {
    world = new PolicyFixtures();
    world.assign(TEAM, P1);
    world.assign(TEAM2, P1);
    sink = new InMemoryAuditSink();
    breakGlass =
        BreakGlass.builder().clock(world.clock).audit(sink).ids(IdGenerator.seeded(7)).build();
    policy = policy(AccessPolicy.builder());
  }

  AccessPolicy policy(AccessPolicy.Builder b) {
    return b.clock(world.clock)
        .audit(sink)
        .careTeam(world.careTeam())
        .consents(world.consents())
        .breakGlass(breakGlass)
        .build();
  }

  static Resource of(ResourceType type) {
    return Resource.of(type, P1);
  }

  static Resource psychotherapyNote(ClinicianId author) {
    return new Resource(ResourceType.PSYCHOTHERAPY_NOTE, P1, "not_pt", false, author);
  }

  Decision read(Principal who, Resource what) {
    return policy.decide(who, Action.READ, what);
  }

  static void permitted(Decision d, DecisionReason reason) {
    assertThat(d.permitted()).as("permitted").isTrue();
    assertThat(d.reason()).isEqualTo(reason);
  }

  static void denied(Decision d, DecisionReason reason) {
    assertThat(d.permitted()).as("permitted").isFalse();
    assertThat(d.reason()).isEqualTo(reason);
  }

  // ------------------------------------------------------------------ participants

  @Test
  void participantsReadTheirWholeOwnRecordExceptPsychotherapyNotes() {
    Principal me = Principal.participant(P1);
    for (ResourceType t : ResourceType.values()) {
      if (t == ResourceType.PSYCHOTHERAPY_NOTE || t == ResourceType.AUDIT_LOG) {
        continue;
      }
      permitted(read(me, of(t)), DecisionReason.OWN_RECORD);
    }
    denied(read(me, psychotherapyNote(TEAM)), DecisionReason.PSYCHOTHERAPY_NOTES_EXCLUDED);
    denied(read(me, Resource.auditLog()), DecisionReason.AUDIT_LOG_AUDITORS_ONLY);
  }

  @Test
  void participantsCannotSeeAnotherParticipantsRecord() {
    denied(
        read(Principal.participant(P2), of(ResourceType.SCHEDULE)), DecisionReason.NOT_OWN_RECORD);
  }

  @Test
  void participantsSendMessagesButDoNotWriteClinicalRecords() {
    Principal me = Principal.participant(P1);
    permitted(
        policy.decide(me, Action.CREATE, of(ResourceType.MESSAGES)), DecisionReason.OWN_RECORD);
    denied(
        policy.decide(me, Action.UPDATE, of(ResourceType.TREATMENT_PLAN)),
        DecisionReason.READ_ONLY);
  }

  @Test
  void aParticipantsOwnSubstanceUseRecordsNeedNoPart2Consent() {
    permitted(
        read(Principal.participant(P1), of(ResourceType.PROGRESS_NOTE).asSubstanceUseRecord()),
        DecisionReason.OWN_RECORD);
  }

  // ------------------------------------------------------------------ support persons

  @Test
  void supportPersonsSeeOnlyTheCategoriesOfTheirActiveRelease() {
    world.add(
        familyRelease(
            "con_f1",
            P1,
            MOM,
            T0.minusSeconds(60),
            null,
            ReleaseCategory.SCHEDULE,
            ReleaseCategory.PROGRESS));
    Principal mom = Principal.supportPerson(MOM);
    permitted(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.FAMILY_RELEASE);
    permitted(read(mom, of(ResourceType.MEASURES)), DecisionReason.FAMILY_RELEASE);
    denied(read(mom, of(ResourceType.ATTENDANCE)), DecisionReason.CATEGORY_NOT_RELEASED);
    denied(read(mom, of(ResourceType.SAFETY_PLAN)), DecisionReason.CATEGORY_NOT_RELEASED);
    denied(read(mom, of(ResourceType.PROGRESS_NOTE)), DecisionReason.NOT_RELEASABLE_TO_FAMILY);
    denied(read(mom, of(ResourceType.MESSAGES)), DecisionReason.NOT_RELEASABLE_TO_FAMILY);
    denied(read(mom, psychotherapyNote(TEAM)), DecisionReason.NOT_RELEASABLE_TO_FAMILY);
    denied(policy.decide(mom, Action.UPDATE, of(ResourceType.SCHEDULE)), DecisionReason.READ_ONLY);
    assertThat(read(mom, of(ResourceType.SCHEDULE)).purpose())
        .isEqualTo(PurposeOfUse.FAMILY_REQUEST);
  }

  @Test
  void aReleaseNamingSomeoneElseOrAnotherParticipantGivesNothing() {
    world.add(familyRelease("con_f1", P1, EX, T0, null, ReleaseCategory.SCHEDULE));
    world.add(familyRelease("con_f2", P2, MOM, T0, null, ReleaseCategory.SCHEDULE));
    denied(
        read(Principal.supportPerson(MOM), of(ResourceType.SCHEDULE)),
        DecisionReason.NO_ACTIVE_FAMILY_RELEASE);
  }

  @Test
  void anExpiredOrNotYetEffectiveReleaseGivesNothing() {
    world.add(
        familyRelease(
            "con_f1",
            P1,
            MOM,
            T0.plusSeconds(3600),
            T0.plusSeconds(7200),
            ReleaseCategory.SCHEDULE));
    Principal mom = Principal.supportPerson(MOM);
    denied(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.NO_ACTIVE_FAMILY_RELEASE);
    world.advance(Duration.ofMinutes(90));
    permitted(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.FAMILY_RELEASE);
    world.advance(Duration.ofHours(1));
    denied(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.NO_ACTIVE_FAMILY_RELEASE);
  }

  @Test
  void aRevokedReleaseStopsAccessFromTheRevocationOnEvenWithTheOldVersionStillStored() {
    Consent v1 = familyRelease("con_f1", P1, MOM, T0, null, ReleaseCategory.SCHEDULE);
    world.add(v1);
    Principal mom = Principal.supportPerson(MOM);
    permitted(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.FAMILY_RELEASE);
    world.add(v1.revoke(T0.plusSeconds(60), P1.value(), "participant request"));
    world.advance(Duration.ofSeconds(60));
    denied(read(mom, of(ResourceType.SCHEDULE)), DecisionReason.NO_ACTIVE_FAMILY_RELEASE);
  }

  // ------------------------------------------------------------------ clinicians

  @Test
  void careTeamCliniciansReadAndWriteTheirParticipantsRecords() {
    Principal c = Principal.clinician(TEAM);
    permitted(read(c, of(ResourceType.PROGRESS_NOTE)), DecisionReason.CARE_TEAM_MEMBER);
    permitted(
        policy.decide(c, Action.CREATE, of(ResourceType.SAFETY_PLAN)),
        DecisionReason.CARE_TEAM_MEMBER);
    assertThat(read(c, of(ResourceType.MEASURES)).purpose()).isEqualTo(PurposeOfUse.TREATMENT);
  }

  @Test
  void cliniciansOffTheCareTeamAreDenied() {
    denied(
        read(Principal.clinician(OUTSIDER), of(ResourceType.PROGRESS_NOTE)),
        DecisionReason.NOT_ON_CARE_TEAM);
    denied(
        read(Principal.clinician(TEAM), Resource.of(ResourceType.SCHEDULE, P2)),
        DecisionReason.NOT_ON_CARE_TEAM);
  }

  @Test
  void psychotherapyNotesAreOpenToTheirAuthorAlone() {
    permitted(
        read(Principal.clinician(TEAM), psychotherapyNote(TEAM)),
        DecisionReason.PSYCHOTHERAPY_NOTE_AUTHOR);
    denied(
        read(Principal.clinician(TEAM2), psychotherapyNote(TEAM)),
        DecisionReason.NOT_PSYCHOTHERAPY_NOTE_AUTHOR);
  }

  // ------------------------------------------------------------------ admins and auditors

  @Test
  void adminsSeeOperationsButNoClinicalContentByDefault() {
    Principal admin = Principal.admin(ADMIN);
    permitted(read(admin, of(ResourceType.SCHEDULE)), DecisionReason.ADMIN_OPERATIONS);
    permitted(
        policy.decide(admin, Action.UPDATE, of(ResourceType.ATTENDANCE)),
        DecisionReason.ADMIN_OPERATIONS);
    for (ResourceType t : ResourceType.values()) {
      if (t.clinical()) {
        Resource r = t == ResourceType.PSYCHOTHERAPY_NOTE ? psychotherapyNote(TEAM) : of(t);
        denied(read(admin, r), DecisionReason.MINIMUM_NECESSARY);
      }
    }
    assertThat(read(admin, of(ResourceType.SCHEDULE)).purpose()).isEqualTo(PurposeOfUse.OPERATIONS);
  }

  @Test
  void aHostMayOpenNamedClinicalKindsToAdminsButNeverPsychotherapyNotes() {
    AccessPolicy open = policy(AccessPolicy.builder().adminMayAccess(ResourceType.MEASURES));
    permitted(
        open.decide(Principal.admin(ADMIN), Action.READ, of(ResourceType.MEASURES)),
        DecisionReason.ADMIN_OPERATIONS);
    denied(
        open.decide(Principal.admin(ADMIN), Action.READ, of(ResourceType.PROGRESS_NOTE)),
        DecisionReason.MINIMUM_NECESSARY);
    assertThatThrownBy(() -> AccessPolicy.builder().adminMayAccess(ResourceType.PSYCHOTHERAPY_NOTE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PSYCHOTHERAPY_NOTE cannot be opened to admins");
  }

  @Test
  void auditorsReadTheAuditLogAndNothingElseAndNobodyWritesIt() {
    Principal auditor = Principal.auditor(AUDITOR);
    permitted(read(auditor, Resource.auditLog()), DecisionReason.AUDITOR_AUDIT_LOG);
    denied(
        policy.decide(auditor, Action.UPDATE, Resource.auditLog()),
        DecisionReason.AUDIT_LOG_AUDITORS_ONLY);
    denied(read(auditor, of(ResourceType.SCHEDULE)), DecisionReason.AUDITOR_AUDIT_LOG_ONLY);
    denied(
        read(Principal.admin(ADMIN), Resource.auditLog()), DecisionReason.AUDIT_LOG_AUDITORS_ONLY);
    denied(
        read(Principal.clinician(TEAM), Resource.auditLog()),
        DecisionReason.AUDIT_LOG_AUDITORS_ONLY);
  }

  // ------------------------------------------------------------------ 42 CFR Part 2

  @Test
  void part2RecordsNeedAnActivePart2ConsentForTheCareTeam() {
    Resource sud = of(ResourceType.PROGRESS_NOTE).asSubstanceUseRecord();
    Principal c = Principal.clinician(TEAM);
    denied(read(c, sud), DecisionReason.PART2_CONSENT_REQUIRED);
    permitted(read(c, of(ResourceType.PROGRESS_NOTE)), DecisionReason.CARE_TEAM_MEMBER);

    Consent consent = part2("con_p2", P1, T0, T0.plusSeconds(3600));
    world.add(consent);
    permitted(read(c, sud), DecisionReason.CARE_TEAM_MEMBER);

    world.add(consent.revoke(T0.plusSeconds(600), P1.value(), "participant request"));
    world.advance(Duration.ofMinutes(10));
    denied(read(c, sud), DecisionReason.PART2_CONSENT_REQUIRED);
  }

  @Test
  void anExpiredPart2ConsentNoLongerCovers() {
    world.add(part2("con_p2", P1, T0, T0.plusSeconds(3600)));
    Resource sud = of(ResourceType.MEASURES).asSubstanceUseRecord();
    permitted(read(Principal.clinician(TEAM), sud), DecisionReason.CARE_TEAM_MEMBER);
    world.advance(Duration.ofHours(1));
    denied(read(Principal.clinician(TEAM), sud), DecisionReason.PART2_CONSENT_REQUIRED);
  }

  @Test
  void familyAccessToPart2RecordsNeedsAPart2ConsentTheHostMapsToThem() {
    world.add(familyRelease("con_f1", P1, MOM, T0, null, ReleaseCategory.ATTENDANCE));
    world.add(part2("con_p2", P1, T0, T0.plusSeconds(3600)));
    Resource sud = of(ResourceType.ATTENDANCE).asSubstanceUseRecord();
    denied(read(Principal.supportPerson(MOM), sud), DecisionReason.PART2_CONSENT_REQUIRED);
    AccessPolicy mapped =
        policy(
            AccessPolicy.builder()
                .part2Recipients(
                    (consent, who) ->
                        consent.type() == ConsentType.PART2_DISCLOSURE && who.id().equals(MOM)));
    permitted(
        mapped.decide(Principal.supportPerson(MOM), Action.READ, sud),
        DecisionReason.FAMILY_RELEASE);
    denied(
        mapped.decide(Principal.clinician(TEAM), Action.READ, sud),
        DecisionReason.PART2_CONSENT_REQUIRED);
  }

  @Test
  void aPart2ProgramsOwnCareTeamUsesItsRecordsWithoutConsentWhenDeclared() {
    AccessPolicy internal = policy(AccessPolicy.builder().part2ProgramInternalUse(true));
    Resource sud = of(ResourceType.PROGRESS_NOTE).asSubstanceUseRecord();
    permitted(
        internal.decide(Principal.clinician(TEAM), Action.READ, sud),
        DecisionReason.CARE_TEAM_MEMBER);
    denied(
        internal.decide(Principal.clinician(OUTSIDER), Action.READ, sud),
        DecisionReason.NOT_ON_CARE_TEAM);
  }

  // ------------------------------------------------------------------ break-glass

  @Test
  void breakGlassNeedsAWrittenReasonAndABoundedDuration() {
    assertThatThrownBy(
            () ->
                breakGlass.grant(
                    OUTSIDER,
                    P1,
                    EmergencyReason.IMMINENT_RISK_TO_SELF,
                    "Secret short",
                    Duration.ofMinutes(30)))
        .hasMessage(
            "invalid input: justification: must explain the emergency in at least 20 characters");
    assertThatThrownBy(
            () ->
                breakGlass.grant(
                    OUTSIDER,
                    P1,
                    EmergencyReason.IMMINENT_RISK_TO_SELF,
                    "Participant called the crisis line, on-call team unreachable",
                    Duration.ofHours(5)))
        .hasMessage("invalid input: duration: must be positive and at most 240 minutes");
    assertThat(sink.events()).isEmpty();
    assertThat(breakGlass.pendingReview()).isEmpty();
  }

  @Test
  void breakGlassGivesTimeLimitedFlaggedReadAccessThatIsAuditedAndQueuedForReview() {
    Principal outsider = Principal.clinician(OUTSIDER);
    denied(read(outsider, of(ResourceType.SAFETY_PLAN)), DecisionReason.NOT_ON_CARE_TEAM);

    BreakGlassGrant grant =
        breakGlass.grant(
            OUTSIDER,
            P1,
            EmergencyReason.IMMINENT_RISK_TO_SELF,
            "Secret: participant disclosed a plan during an after-hours call",
            Duration.ofMinutes(30));
    assertThat(grant.toString()).doesNotContain("Secret").contains(grant.id());

    Decision d = read(outsider, of(ResourceType.SAFETY_PLAN));
    permitted(d, DecisionReason.BREAK_GLASS);
    assertThat(d.breakGlass()).isTrue();
    assertThat(d.purpose()).isEqualTo(PurposeOfUse.EMERGENCY_TREATMENT);
    permitted(
        read(outsider, of(ResourceType.PROGRESS_NOTE).asSubstanceUseRecord()),
        DecisionReason.BREAK_GLASS);
    denied(
        policy.decide(outsider, Action.UPDATE, of(ResourceType.SAFETY_PLAN)),
        DecisionReason.NOT_ON_CARE_TEAM);
    denied(read(outsider, psychotherapyNote(TEAM)), DecisionReason.NOT_PSYCHOTHERAPY_NOTE_AUTHOR);
    denied(
        read(outsider, Resource.of(ResourceType.SAFETY_PLAN, P2)), DecisionReason.NOT_ON_CARE_TEAM);
    assertThat(breakGlass.usesOf(grant.id())).isEqualTo(2);

    world.advance(Duration.ofMinutes(30));
    denied(read(outsider, of(ResourceType.SAFETY_PLAN)), DecisionReason.NOT_ON_CARE_TEAM);

    List<AuditEvent> flagged = sink.events().stream().filter(AuditEvent::breakGlass).toList();
    assertThat(flagged)
        .extracting(AuditEvent::eventType, AuditEvent::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("break-glass-grant", "imminent-risk-to-self"),
            org.assertj.core.groups.Tuple.tuple("access-decision", "break-glass"),
            org.assertj.core.groups.Tuple.tuple("access-decision", "break-glass"));

    assertThat(breakGlass.pendingReview())
        .extracting(BreakGlassGrant::id)
        .containsExactly(grant.id());
    BreakGlassGrant reviewed = breakGlass.markReviewed(grant.id(), ADMIN);
    assertThat(reviewed.reviewer()).contains(ADMIN);
    assertThat(breakGlass.pendingReview()).isEmpty();
    assertThatThrownBy(() -> breakGlass.markReviewed(grant.id(), ADMIN))
        .isInstanceOf(IllegalStateException.class);
    assertThat(sink.events().get(sink.events().size() - 1).eventType())
        .isEqualTo("break-glass-review");
  }

  @Test
  void withoutABreakGlassServiceThereIsNoEmergencyAccess() {
    AccessPolicy strict =
        AccessPolicy.builder()
            .clock(world.clock)
            .audit(sink)
            .careTeam(world.careTeam())
            .consents(world.consents())
            .build();
    breakGlass.grant(
        OUTSIDER,
        P1,
        EmergencyReason.MEDICAL_EMERGENCY,
        "Medical emergency during the session, team unreachable",
        Duration.ofMinutes(10));
    denied(
        strict.decide(Principal.clinician(OUTSIDER), Action.READ, of(ResourceType.MEASURES)),
        DecisionReason.NOT_ON_CARE_TEAM);
  }

  // ------------------------------------------------------------------ audit

  @Test
  void everyDecisionIsAuditedWithIdsAndCodes() {
    policy.decide(
        Principal.clinician(TEAM),
        Action.READ,
        of(ResourceType.PROGRESS_NOTE).withId("not_9"),
        "req-42");
    world.advance(Duration.ofSeconds(5));
    read(Principal.clinician(OUTSIDER), of(ResourceType.MEASURES));
    assertThat(sink.events())
        .containsExactly(
            new AuditEvent(
                T0,
                "access-decision",
                AuditAction.READ,
                "cli_team",
                "clinician",
                "progress-note",
                "not_9",
                P1,
                AuditOutcome.SUCCESS,
                "care-team-member",
                PurposeOfUse.TREATMENT,
                false,
                "req-42"),
            new AuditEvent(
                T0.plusSeconds(5),
                "access-decision",
                AuditAction.READ,
                "cli_outsider",
                "clinician",
                "measures",
                null,
                P1,
                AuditOutcome.DENIED,
                "not-on-care-team",
                PurposeOfUse.TREATMENT,
                false,
                null));
  }

  @Test
  void whenTheAuditFailsTheDecisionFailsClosed() {
    AccessPolicy broken =
        AccessPolicy.builder()
            .clock(world.clock)
            .audit(
                e -> {
                  throw new AuditFailureException("disk full");
                })
            .careTeam(world.careTeam())
            .consents(world.consents())
            .build();
    assertThatThrownBy(
            () -> broken.decide(Principal.clinician(TEAM), Action.READ, of(ResourceType.MEASURES)))
        .isInstanceOf(AuditFailureException.class);
  }

  @Test
  void theAccountingOfDisclosuresListsPermittedReadsByOthersOnly() {
    world.add(familyRelease("con_f1", P1, MOM, T0, null, ReleaseCategory.SCHEDULE));
    read(Principal.participant(P1), of(ResourceType.MEASURES)); // own access: not a disclosure
    world.advance(Duration.ofMinutes(1));
    read(Principal.clinician(TEAM), of(ResourceType.MEASURES));
    world.advance(Duration.ofMinutes(1));
    read(Principal.supportPerson(MOM), of(ResourceType.SCHEDULE));
    read(Principal.supportPerson(MOM), of(ResourceType.MEASURES)); // denied: not a disclosure
    policy.decide(Principal.clinician(TEAM), Action.CREATE, of(ResourceType.SAFETY_PLAN));
    read(Principal.clinician(TEAM), Resource.of(ResourceType.MEASURES, P2)); // other participant
    List<Disclosure> list =
        DisclosureAccounting.of(
            new ArrayList<>(sink.events()), P1, T0, T0.plus(Duration.ofDays(1)));
    assertThat(list)
        .extracting(Disclosure::recipientId, Disclosure::resourceType, Disclosure::purpose)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("cli_team", "measures", PurposeOfUse.TREATMENT),
            org.assertj.core.groups.Tuple.tuple(
                "sup_mom", "schedule", PurposeOfUse.FAMILY_REQUEST));
    assertThat(DisclosureAccounting.of(sink.events(), P1, T0.plusSeconds(90), Instant.MAX))
        .hasSize(1);
  }
}
