package org.openiop.crypto.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.GeneralSecurityException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.UntrustedKeyException;

class SealedNoteProperties {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal CLINICIAN = Principal.of(ClinicianId.of("cli_alice"));
  static final Principal PARTICIPANT = Principal.of(ParticipantId.of("par_bob"));
  static final NoteSealer SEALER;
  static final SealedNote NOTE;

  static {
    F.enroll(CLINICIAN);
    F.enroll(PARTICIPANT);
    SEALER = NoteSealer.builder(F.trusted).clock(CryptoFixture.CLOCK).build();
    try {
      NOTE =
          SEALER.seal(
              ClinicalNote.text(NoteId.of("not_1"), 1, ParticipantId.of("par_bob"), "x"),
              F.identity(CLINICIAN),
              List.of(PARTICIPANT));
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 50)
  void sealThenParseThenOpenReturnsTheNote(
      @ForAll @Size(max = 3000) byte[] body, @ForAll @IntRange(min = 1, max = 9999) int version)
      throws Exception {
    ClinicalNote note =
        ClinicalNote.of(
            NoteId.of("not_p"),
            version,
            ParticipantId.of("par_bob"),
            "application/octet-stream",
            body);
    SealedNote sealed = SEALER.seal(note, F.identity(CLINICIAN), List.of(PARTICIPANT));
    SealedNote parsed = SealedNote.parse(sealed.toByteArray());
    assertThat(parsed).isEqualTo(sealed);
    assertThat(parsed.hash()).isEqualTo(sealed.hash());
    assertThat(SEALER.open(parsed, F.identity(PARTICIPANT)).note()).isEqualTo(note);
  }

  @Property(tries = 300)
  void anySingleBitFlipIsRejectedWithATypedException(
      @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll @IntRange(min = 0, max = 7) int bit) {
    byte[] bytes = NOTE.toByteArray();
    bytes[position % bytes.length] ^= (byte) (1 << bit);
    assertThatThrownBy(() -> SEALER.open(SealedNote.parse(bytes), F.identity(PARTICIPANT)))
        .isInstanceOfAny(SealedNoteException.class, UntrustedKeyException.class);
  }
}
