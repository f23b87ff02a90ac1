package org.openiop.crypto.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.KeyRevokedException;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.UntrustedKeyException;

class NoteSealerTest {
  static final String TEXT = "Session 3: discussed coping plan.";
  final CryptoFixture f = new CryptoFixture();
  final Principal clinician = Principal.of(ClinicianId.of("cli_alice"));
  final Principal participant = Principal.of(ParticipantId.of("par_bob"));
  final Principal supervisor = Principal.of(ClinicianId.of("cli_sup"));
  final Principal family = Principal.of(SupportPersonId.of("sup_carol"));
  final Principal recovery = Principal.organization("recovery");
  final List<RecoveryAccessEvent> audit = new ArrayList<>();
  final NoteSealer sealer =
      NoteSealer.builder(f.trusted)
          .clock(CryptoFixture.CLOCK)
          .recoveryReader(recovery, audit::add)
          .build();
  final ClinicalNote note =
      ClinicalNote.text(NoteId.of("not_1"), 1, ParticipantId.of("par_bob"), TEXT);

  NoteSealerTest() {
    for (Principal p : List.of(clinician, participant, supervisor, family, recovery)) {
      f.enroll(p);
    }
  }

  SealedNote sealForParticipant() throws Exception {
    return sealer.seal(note, f.identity(clinician), List.of(participant));
  }

  @Test
  void everyReaderAndTheAuthorOpenTheNoteAndSeeTheVerifiedAuthor() throws Exception {
    SealedNote sealed = SealedNote.parse(sealForParticipant().toByteArray());
    for (Principal p : List.of(clinician, participant)) {
      OpenedNote opened = sealer.open(sealed, f.identity(p));
      assertThat(opened.note()).isEqualTo(note);
      assertThat(opened.note().bodyText()).isEqualTo(TEXT);
      assertThat(opened.author()).isEqualTo(clinician);
      assertThat(opened.created()).isEqualTo(CryptoFixture.CLOCK.instant());
      assertThat(opened.amends()).isEmpty();
    }
    assertThat(sealed.readers()).containsExactlyInAnyOrder(clinician, participant, recovery);
  }

  @Test
  void aNonReaderCannotOpen() throws Exception {
    SealedNote sealed = sealForParticipant();
    assertThatThrownBy(() -> sealer.open(sealed, f.identity(supervisor)))
        .isInstanceOf(NotAReaderException.class)
        .hasMessage("clinician:cli_sup holds no key that note not_1 was sealed to");
  }

  @Test
  void theEnvelopeAndExceptionsNeverContainTheNoteText() throws Exception {
    SealedNote sealed = sealForParticipant();
    assertThat(new String(sealed.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII))
        .doesNotContain("coping");
    assertThat(sealed.toString()).doesNotContain("coping");
    assertThat(note.toString()).doesNotContain("coping").contains("redacted");
  }

  @Test
  void aReaderWithARevokedKeyIsNotSealedTo() throws Exception {
    Identity p = f.identity(participant);
    f.store.publishRevocation(f.authority.revoke(participant, p.encryptionKeyId()));
    assertThatThrownBy(() -> sealForParticipant()).isInstanceOf(KeyRevokedException.class);
  }

  @Test
  void aNoteSignedWithARevokedAuthorKeyNoLongerOpens() throws Exception {
    SealedNote sealed = sealForParticipant();
    Identity a = f.identity(clinician);
    f.store.publishRevocation(f.authority.revoke(clinician, a.signingKeyId()));
    assertThatThrownBy(() -> sealer.open(sealed, f.identity(participant)))
        .isInstanceOf(KeyRevokedException.class);
  }

  @Test
  void anUnenrolledReaderIsRefusedBeforeAnythingIsSealed() {
    Principal stranger = Principal.of(ParticipantId.of("par_x"));
    assertThatThrownBy(() -> sealer.seal(note, f.identity(clinician), List.of(stranger)))
        .isInstanceOf(UntrustedKeyException.class)
        .hasMessage("no attested key bundle for participant:par_x");
  }

  @Test
  void rotationKeepsOldNotesReadableAndOldKeysCannotOpenNewNotes() throws Exception {
    Identity before = f.identity(participant);
    SealedNote old = sealForParticipant();
    Identity after = f.rotate(participant);
    assertThat(sealer.open(old, after).note()).isEqualTo(note);
    SealedNote fresh = sealForParticipant();
    assertThat(sealer.open(fresh, after).note()).isEqualTo(note);
    assertThatThrownBy(() -> sealer.open(fresh, before)).isInstanceOf(NotAReaderException.class);
  }

  @Test
  void authorRotationKeepsOldSignaturesValid() throws Exception {
    SealedNote old = sealForParticipant();
    f.rotate(clinician);
    assertThat(sealer.open(old, f.identity(participant)).author()).isEqualTo(clinician);
  }

  @Test
  void addingAReaderRewrapsTheDataKeyAndLeavesTheBodyAndHashUntouched() throws Exception {
    SealedNote sealed = sealForParticipant();
    SealedNote more = sealer.addReader(sealed, f.identity(clinician), supervisor);
    SealedNote parsed = SealedNote.parse(more.toByteArray());
    assertThat(parsed.hash()).isEqualTo(sealed.hash());
    assertThat(parsed.readers()).contains(supervisor);
    assertThat(sealer.open(parsed, f.identity(supervisor)).note()).isEqualTo(note);
    SealedNote evenMore = sealer.addReader(parsed, f.identity(supervisor), family);
    assertThat(sealer.open(evenMore, f.identity(family)).note()).isEqualTo(note);
    assertThatThrownBy(() -> sealer.addReader(evenMore, f.identity(clinician), family))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: newReader: already a reader of the note");
  }

  @Test
  void onlyAReaderCanAddAReader() throws Exception {
    SealedNote sealed = sealForParticipant();
    assertThatThrownBy(() -> sealer.addReader(sealed, f.identity(supervisor), family))
        .isInstanceOf(NotAReaderException.class);
  }

  @Test
  void removingAReaderSealsANewVersionTheyCannotOpen() throws Exception {
    SealedNote v1 = sealer.seal(note, f.identity(clinician), List.of(participant, family));
    SealedNote v2 = sealer.reseal(v1, f.identity(clinician), List.of(participant));
    assertThat(v2.version()).isEqualTo(2);
    assertThat(sealer.open(v2, f.identity(participant)).note()).isEqualTo(note.withVersion(2));
    assertThatThrownBy(() -> sealer.open(v2, f.identity(family)))
        .isInstanceOf(NotAReaderException.class);
    assertThat(sealer.open(v1, f.identity(family)).note()).isEqualTo(note);
  }

  @Test
  void anAddendumNamesTheOriginalsHashAndTheOriginalStaysUnchanged() throws Exception {
    SealedNote original = sealForParticipant();
    byte[] before = original.toByteArray();
    ClinicalNote add =
        ClinicalNote.text(NoteId.of("not_2"), 1, ParticipantId.of("par_bob"), "Correction.");
    SealedNote addendum =
        sealer.sealAddendum(original, add, f.identity(clinician), List.of(participant));
    OpenedNote opened = sealer.open(addendum, f.identity(participant));
    assertThat(opened.amends()).contains(original.hash());
    assertThat(original.toByteArray()).isEqualTo(before);
    ClinicalNote otherParticipant =
        ClinicalNote.text(NoteId.of("not_3"), 1, ParticipantId.of("par_zed"), "x");
    assertThatThrownBy(
            () ->
                sealer.sealAddendum(
                    original, otherParticipant, f.identity(clinician), List.of(participant)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: addendum.participantId: must be the original's");
  }

  @Test
  void theRecoveryReaderOpensOnlyWithAReasonAndLeavesAnAuditEvent() throws Exception {
    SealedNote sealed = sealForParticipant();
    Identity rec = f.identity(recovery);
    assertThatThrownBy(() -> sealer.open(sealed, rec)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> sealer.openForRecovery(sealed, rec, clinician, " "))
        .isInstanceOf(InvalidInputException.class);
    assertThat(audit).isEmpty();
    Principal admin = Principal.of(org.openiop.core.AdminId.of("adm_1"));
    OpenedNote opened = sealer.openForRecovery(sealed, rec, admin, "legal hold 42");
    assertThat(opened.note()).isEqualTo(note);
    assertThat(audit).hasSize(1);
    RecoveryAccessEvent e = audit.get(0);
    assertThat(e.noteId()).isEqualTo(NoteId.of("not_1"));
    assertThat(e.requestedBy()).isEqualTo(admin);
    assertThat(e.reason()).isEqualTo("legal hold 42");
    assertThat(e.toString()).doesNotContain("legal hold");
  }

  @Test
  void aRecoveryOpenThatCannotBeAuditedReturnsNothing() throws Exception {
    NoteSealer failing =
        NoteSealer.builder(f.trusted)
            .clock(CryptoFixture.CLOCK)
            .recoveryReader(
                recovery,
                e -> {
                  throw new IllegalStateException("audit store down");
                })
            .build();
    SealedNote sealed = failing.seal(note, f.identity(clinician), List.of(participant));
    assertThatThrownBy(
            () -> failing.openForRecovery(sealed, f.identity(recovery), clinician, "continuity"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("audit store down");
  }

  @Test
  void cryptoShreddingDestroyingTheOnlyReadersKeysMakesTheNoteUnrecoverable() throws Exception {
    NoteSealer noRecovery = NoteSealer.builder(f.trusted).clock(CryptoFixture.CLOCK).build();
    Identity author = f.identity(participant);
    ClinicalNote journal =
        ClinicalNote.text(NoteId.of("not_j"), 1, ParticipantId.of("par_bob"), "private");
    SealedNote sealed = noRecovery.seal(journal, author, List.of());
    assertThat(sealed.readers()).containsExactly(participant);
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("vault");
    org.openiop.crypto.keys.KeyVault vault =
        org.openiop.crypto.keys.FileKeyVault.withMasterKeyset(
            dir, org.openiop.crypto.keys.FileKeyVault.generateMasterKeyset());
    vault.store(author);
    assertThat(noRecovery.open(sealed, vault.load(participant).orElseThrow()).note())
        .isEqualTo(journal);
    vault.destroy(participant);
    assertThat(vault.load(participant)).isEmpty();
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files).isEmpty();
    }
    // Every other identity in the program, including a fresh one for the same principal, fails.
    Identity reissued = Identity.generate(participant);
    for (Identity other :
        List.of(reissued, f.identity(clinician), f.identity(supervisor), f.identity(family))) {
      assertThatThrownBy(() -> noRecovery.open(sealed, other))
          .isInstanceOf(NotAReaderException.class);
    }
  }
}
