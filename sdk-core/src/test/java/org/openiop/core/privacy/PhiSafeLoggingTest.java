package org.openiop.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.notes.GroupMember;
import org.openiop.core.notes.GroupNote;
import org.openiop.core.notes.NoteFormat;
import org.openiop.core.notes.NoteSection;
import org.openiop.core.notes.ProgressNote;
import org.openiop.core.notes.PsychotherapyNote;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.EmergencyContact;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.privacy.access.AccessPolicy;
import org.openiop.core.privacy.access.Action;
import org.openiop.core.privacy.access.BreakGlass;
import org.openiop.core.privacy.access.BreakGlassGrant;
import org.openiop.core.privacy.access.EmergencyReason;
import org.openiop.core.privacy.access.Principal;
import org.openiop.core.privacy.access.Resource;
import org.openiop.core.privacy.access.ResourceType;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditVerification;
import org.openiop.core.privacy.audit.CheckpointSigner;
import org.openiop.core.privacy.audit.CheckpointVerifier;
import org.openiop.core.privacy.audit.DisclosureAccounting;
import org.openiop.core.privacy.audit.FileAuditSink;
import org.openiop.core.privacy.audit.FsyncPolicy;
import org.openiop.core.testing.LogCapture;

/**
 * Runs a full privacy scenario through the public API with every logger enabled at every level and
 * captured, seeding PHI (names, e-mail, phone, note text, answers, a break-glass justification),
 * then checks that no log line, no exception message and no {@code toString} of a PHI-carrying
 * object contains any of it.
 */
class PhiSafeLoggingTest {
  static final List<String> MARKERS =
      List.of(
          "Zorblaxia",
          "Quintavius",
          "zorblaxia.q@example.org",
          "+14155550199",
          "Mirabeau",
          "Tengstrom",
          "mira.t@example.org",
          "+14155550123",
          "Oswin Quintavius",
          "MARKER-NOTE",
          "MARKER-ANSWER",
          "MARKER-JUSTIFICATION");

  static final Instant T0 = Instant.parse("2026-11-26T17:00:00Z");

  @TempDir Path dir;

  private final List<String> exceptionMessages = new ArrayList<>();
  private final List<String> renderings = new ArrayList<>();

  @Test
  void noSeededPhiReachesALogLineAnExceptionMessageOrAToString() throws Exception {
    assertThat(LogCapture.installed() || forceLoggerCreation())
        .as("the capturing SLF4J provider must be active, or this test proves nothing")
        .isTrue();
    LogCapture.start();
    try {
      scenario();
    } finally {
      List<String> lines = LogCapture.stop();
      assertThat(lines)
          .as("the scenario must log (break-glass, decisions), so the check is not vacuous")
          .anyMatch(l -> l.contains("break-glass access") && l.contains("par_zq"))
          .anyMatch(l -> l.startsWith("DEBUG") && l.contains("access denied"));
      for (String line : lines) {
        assertThat(line).as("log line").doesNotContain(MARKERS);
      }
    }
    assertThat(exceptionMessages).hasSizeGreaterThanOrEqualTo(8);
    for (String m : exceptionMessages) {
      assertThat(m).as("exception message").doesNotContain(MARKERS);
    }
    for (String r : renderings) {
      assertThat(r).as("toString").doesNotContain(MARKERS);
    }
  }

  private static boolean forceLoggerCreation() {
    org.slf4j.LoggerFactory.getLogger(PhiSafeLoggingTest.class);
    return LogCapture.installed();
  }

  private void scenario() throws Exception {
    Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    ParticipantId zq = ParticipantId.of("par_zq");
    ParticipantId mt = ParticipantId.of("par_mt");
    ClinicianId author = ClinicianId.of("cli_author");
    ClinicianId outsider = ClinicianId.of("cli_outsider");
    SupportPersonId brother = SupportPersonId.of("sup_brother");
    Participant zorblaxia =
        participant(zq, "Zorblaxia", "Quintavius", "zorblaxia.q@example.org", "+14155550199");
    Participant mirabeau =
        participant(mt, "Mirabeau", "Tengstrom", "mira.t@example.org", "+14155550123");
    render(zorblaxia, mirabeau, zorblaxia.legalName(), zorblaxia.contact());

    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path log = dir.resolve("audit.log");
    FileAuditSink sink =
        FileAuditSink.builder(log)
            .clock(clock)
            .signer(CheckpointSigner.ed25519(keys))
            .fsync(FsyncPolicy.everyEntries(8))
            .checkpointEvery(5)
            .open();

    Consent release =
        new Consent(
            ConsentId.of("con_rel"),
            1,
            ConsentType.FAMILY_RELEASE,
            zq,
            null,
            "2026.1",
            new Signature("Zorblaxia Quintavius", Signature.Capacity.SELF, T0),
            T0.minusSeconds(60),
            null,
            new FamilyRelease(brother, Set.of(ReleaseCategory.SCHEDULE)),
            null,
            null);
    render(release, release.signature());
    BreakGlass breakGlass =
        BreakGlass.builder().clock(clock).audit(sink).ids(IdGenerator.seeded(1)).build();
    AccessPolicy policy =
        AccessPolicy.builder()
            .clock(clock)
            .audit(sink)
            .careTeam((c, p, at) -> c.equals(author))
            .consents(p -> p.equals(zq) ? List.of(release) : List.of())
            .breakGlass(breakGlass)
            .build();

    // Notes, with PHI in every text field.
    ProgressNote note =
        ProgressNote.builder()
            .id(NoteId.of("not_1"))
            .participant(zq)
            .author(author)
            .session(SessionId.of("ses_1"))
            .createdAt(T0)
            .format(NoteFormat.SOAP)
            .section(NoteSection.SUBJECTIVE, "MARKER-NOTE Zorblaxia reports poor sleep")
            .section(
                NoteSection.OBJECTIVE,
                "PHQ-9 item 9 MARKER-ANSWER: several days; call +14155550199")
            .section(NoteSection.ASSESSMENT, "MARKER-NOTE moderate depression")
            .section(NoteSection.PLAN, "MARKER-NOTE safety plan review")
            .substanceUseRecord(true)
            .build();
    ProgressNote signed = note.sign(author, T0.plusSeconds(60));
    ProgressNote amended = signed.addAddendum(author, "MARKER-NOTE late entry", T0.plusSeconds(90));
    render(note, signed, amended, amended.addenda().get(0), amended.section(NoteSection.PLAN));
    attempt(() -> signed.withSection(NoteSection.PLAN, "MARKER-NOTE edit"));
    attempt(() -> note.sign(outsider, T0.plusSeconds(60)));
    attempt(() -> signed.addAddendum(author, "MARKER-NOTE backdated", T0));
    attempt(
        () ->
            ProgressNote.builder()
                .id(NoteId.of("not_2"))
                .participant(zq)
                .author(author)
                .createdAt(T0)
                .format(NoteFormat.DAP)
                .section(NoteSection.DATA, "MARKER-NOTE " + "x".repeat(20_001))
                .section(NoteSection.BEHAVIOR, "MARKER-NOTE wrong section")
                .build());

    PsychotherapyNote process =
        PsychotherapyNote.draft(
                NoteId.of("not_pt"), zq, author, null, T0, "MARKER-NOTE process impressions")
            .sign(author, T0.plusSeconds(30));
    render(process, process.text());
    attempt(() -> process.addAddendum(outsider, "MARKER-NOTE", T0.plusSeconds(40)));

    List<GroupMember> members = List.of(GroupMember.of(zorblaxia), GroupMember.of(mirabeau));
    render(members.get(0));
    attempt(
        () ->
            GroupNote.draft(
                NoteId.of("not_g"),
                SessionId.of("ses_g"),
                author,
                T0,
                "MARKER-NOTE group practised grounding",
                Map.of(
                    zq, "MARKER-NOTE helped Mirabeau Tengstrom with an exercise",
                    mt, "MARKER-NOTE thanked zorblaxia"),
                members,
                false));
    GroupNote group =
        GroupNote.draft(
                NoteId.of("not_g"),
                SessionId.of("ses_g"),
                author,
                T0,
                "MARKER-NOTE group practised grounding",
                Map.of(zq, "MARKER-NOTE engaged", mt, "MARKER-NOTE quiet"),
                members,
                false)
            .sign(author, T0.plusSeconds(10));
    render(group, group.extractFor(zq));
    attempt(
        () ->
            group.addAddendum(
                author, mt, "MARKER-NOTE Zorblaxia was upset", T0.plusSeconds(20), members));

    // Free text cannot be smuggled into the audit trail.
    attempt(
        () ->
            AuditEvent.builder(T0)
                .eventType("access-decision")
                .action(AuditAction.READ)
                .actor("cli_author", "clinician")
                .resource("progress-note", "not_1", zq)
                .reason("MARKER-ANSWER Zorblaxia Quintavius")
                .requestId("zorblaxia.q@example.org")
                .build());

    // Decisions for every role, break-glass, review.
    policy.decide(Principal.clinician(author), Action.READ, Resource.of(signed), "req-1");
    policy.decide(Principal.participant(zq), Action.READ, Resource.of(process));
    policy.decide(
        Principal.supportPerson(brother), Action.READ, Resource.of(ResourceType.SCHEDULE, zq));
    policy.decide(Principal.supportPerson(brother), Action.READ, Resource.of(signed));
    policy.decide(Principal.admin(AdminId.of("adm_1")), Action.READ, Resource.ofExtract(group, mt));
    policy.decide(Principal.auditor(AdminId.of("adm_a")), Action.READ, Resource.auditLog());
    policy.decide(
        Principal.clinician(outsider), Action.READ, Resource.of(ResourceType.SAFETY_PLAN, zq));
    attempt(
        () ->
            breakGlass.grant(
                outsider,
                zq,
                EmergencyReason.IMMINENT_RISK_TO_SELF,
                "MARKER-JUSTIFICATION",
                Duration.ofMinutes(30).minusMinutes(31)));
    attempt(
        () ->
            breakGlass.grant(
                outsider,
                zq,
                EmergencyReason.IMMINENT_RISK_TO_SELF,
                "MARKER-JUSTIFICATION Zorblaxia",
                Duration.ofHours(9)));
    BreakGlassGrant grant =
        breakGlass.grant(
            outsider,
            zq,
            EmergencyReason.IMMINENT_RISK_TO_SELF,
            "MARKER-JUSTIFICATION Zorblaxia called +14155550199 in crisis",
            Duration.ofMinutes(30));
    render(grant, grant.justification());
    policy.decide(
        Principal.clinician(outsider), Action.READ, Resource.of(ResourceType.SAFETY_PLAN, zq));
    breakGlass.markReviewed(grant.id(), AdminId.of("adm_1"));
    attempt(() -> breakGlass.markReviewed(grant.id(), AdminId.of("adm_1")));
    attempt(() -> Resource.of(ResourceType.PSYCHOTHERAPY_NOTE, zq));
    sink.close();

    // Verify, account, and tamper.
    AuditVerification v = FileAuditSink.verify(log, CheckpointVerifier.ed25519(keys.getPublic()));
    assertThat(v.intact()).isTrue();
    render(v, DisclosureAccounting.fromLog(log, zq, T0, T0.plusSeconds(3600)));
    String content = Files.readString(log);
    assertThat(content).doesNotContain(MARKERS);
    Files.writeString(log, content.replaceFirst("cli_author", "cli_mallory"));
    AuditVerification tampered =
        FileAuditSink.verify(log, CheckpointVerifier.ed25519(keys.getPublic()));
    render(tampered, tampered.firstProblem().orElseThrow());
    Files.writeString(log, content + "{\"v\":1,\"time\":\"2026-");
    attempt(
        () ->
            FileAuditSink.builder(log).signer(CheckpointSigner.ed25519(keys)).clock(clock).open());
  }

  private static Participant participant(
      ParticipantId id, String given, String family, String email, String phone) {
    ZoneId la = ZoneId.of("America/Los_Angeles");
    return Participant.builder()
        .id(id)
        .legalName(new PersonName(given, family))
        .dateOfBirth(LocalDate.of(1991, 5, 3))
        .ageGroup(AgeGroup.ADULT)
        .contact(new ContactInfo(email, phone))
        .homeZone(la)
        .locations(LocationHistory.since(Jurisdiction.of("US-CA"), la, LocalDate.of(2025, 1, 1)))
        .preferredLanguage("en")
        .accessibilityNeeds(Set.of())
        .emergencyContact(
            new EmergencyContact(
                new PersonName("Oswin", family), "sibling", ContactInfo.email(email)))
        .diagnosisCodes(List.of("F33.1"))
        .build();
  }

  private void render(Object... values) {
    for (Object v : values) {
      renderings.add(String.valueOf(v));
    }
  }

  private void attempt(ThrowingRunnable r) {
    try {
      r.run();
    } catch (Exception e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        exceptionMessages.add(String.valueOf(t.getMessage()));
        exceptionMessages.add(t.toString());
      }
      return;
    }
    throw new AssertionError("expected the step to be refused");
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
