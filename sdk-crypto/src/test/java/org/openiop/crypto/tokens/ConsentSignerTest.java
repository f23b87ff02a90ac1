package org.openiop.crypto.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.KeyRevokedException;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.UntrustedKeyException;
import org.openiop.crypto.tokens.TokenInvalidException.Reason;

class ConsentSignerTest {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal BOB = Principal.of(ParticipantId.of("par_bob"));
  static final Principal CAROL = Principal.of(SupportPersonId.of("sup_carol"));
  static final Identity BOB_ID = F.enroll(BOB);
  final ConsentSigner signer = new ConsentSigner(F.trusted);

  static ConsentRecord record(int days) {
    return new ConsentRecord(
        ConsentId.of("con_1"),
        ParticipantId.of("par_bob"),
        "family-release",
        Set.of(CAROL),
        CryptoFixture.CLOCK.instant(),
        Optional.of(CryptoFixture.CLOCK.instant().plus(Duration.ofDays(days))));
  }

  @Property(tries = 20)
  void signThenVerifyReturnsTheSameRecord(@ForAll @IntRange(min = 1, max = 3650) int days)
      throws Exception {
    ConsentRecord r = record(days);
    SignedConsent s = signer.verify(signer.sign(r, BOB_ID));
    assertThat(s.record()).isEqualTo(r);
    assertThat(s.signer()).isEqualTo(BOB);
  }

  @Test
  void aConsentCannotBeAlteredAfterSigning() throws Exception {
    String jws = signer.sign(record(90), BOB_ID);
    String[] parts = jws.split("\\.");
    String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    String widened = payload.replace("support:sup_carol", "support:sup_mallory");
    String forged = parts[0] + "." + Base64URL.encode(widened) + "." + parts[2];
    assertThatThrownBy(() -> signer.verify(forged))
        .isInstanceOf(TokenInvalidException.class)
        .satisfies(
            e -> assertThat(((TokenInvalidException) e).reason()).isEqualTo(Reason.BAD_SIGNATURE));
  }

  @Test
  void aConsentSignedByAnUnenrolledKeyIsUntrusted() throws Exception {
    Identity impostor = Identity.generate(BOB);
    String jws = signer.sign(record(90), impostor);
    assertThatThrownBy(() -> signer.verify(jws)).isInstanceOf(UntrustedKeyException.class);
  }

  @Test
  void aConsentSignedWithARevokedKeyIsRefused() throws Exception {
    CryptoFixture f = new CryptoFixture();
    Identity bob = f.enroll(BOB);
    ConsentSigner s = new ConsentSigner(f.trusted);
    String jws = s.sign(record(90), bob);
    f.store.publishRevocation(f.authority.revoke(BOB, bob.signingKeyId()));
    assertThatThrownBy(() -> s.verify(jws)).isInstanceOf(KeyRevokedException.class);
  }
}
