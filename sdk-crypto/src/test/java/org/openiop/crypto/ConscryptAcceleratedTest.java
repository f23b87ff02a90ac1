package org.openiop.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Security;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.SealedNote;

/**
 * Runs only in the "with-conscrypt" Surefire execution, where Conscrypt is on the class path; the
 * default execution runs every other test without it.
 */
class ConscryptAcceleratedTest {
  @BeforeAll
  static void install() {
    assertThat(CryptoAcceleration.installConscryptIfPresent()).isTrue();
  }

  @AfterAll
  static void uninstall() {
    CryptoAcceleration.uninstallConscrypt();
  }

  @Test
  void theOneLineOptInPutsConscryptFirstAndIsIdempotent() {
    assertThat(CryptoAcceleration.installConscryptIfPresent()).isTrue();
    assertThat(Security.getProviders()[0].getName()).isEqualTo("Conscrypt");
    assertThat(CryptoAcceleration.isConscryptInstalled()).isTrue();
  }

  @Test
  void notesSealedWithConscryptOpenAndMatchTheSpec() throws Exception {
    CryptoFixture f = new CryptoFixture();
    Principal a = Principal.of(ClinicianId.of("cli_a"));
    Principal b = Principal.of(ParticipantId.of("par_b"));
    f.enroll(a);
    f.enroll(b);
    NoteSealer sealer = NoteSealer.builder(f.trusted).clock(CryptoFixture.CLOCK).build();
    ClinicalNote note = ClinicalNote.text(NoteId.of("not_c"), 1, ParticipantId.of("par_b"), "fast");
    SealedNote sealed = sealer.seal(note, f.identity(a), List.of(b));
    assertThat(sealer.open(SealedNote.parse(sealed.toByteArray()), f.identity(b)).note())
        .isEqualTo(note);
  }
}
