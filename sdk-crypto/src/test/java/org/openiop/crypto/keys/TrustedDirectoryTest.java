package org.openiop.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;

class TrustedDirectoryTest {
  private final CryptoFixture f = new CryptoFixture();
  private final Principal alice = Principal.of(ClinicianId.of("cli_alice"));
  private final Principal bob = Principal.of(ParticipantId.of("par_bob"));

  @Test
  void currentReturnsTheNewestAttestedBundle() throws Exception {
    f.enroll(alice);
    Identity v2 = f.rotate(alice);
    assertThat(f.trusted.current(alice).bundle()).isEqualTo(v2.publicBundle());
  }

  @Test
  void aPrincipalWithoutBundleIsUntrusted() {
    assertThatThrownBy(() -> f.trusted.current(alice))
        .isInstanceOf(UntrustedKeyException.class)
        .hasMessage("no attested key bundle for clinician:cli_alice");
  }

  @Test
  void aServerThatSwapsInItsOwnKeyIsCaught() {
    f.enroll(alice);
    DirectoryAuthority rogue =
        DirectoryAuthority.generate(CryptoFixture.ISSUER, "dir-1", CryptoFixture.CLOCK);
    Identity mallory = Identity.generate(alice);
    KeyDirectory hostile = swapping(alice, List.of(rogue.attest(mallory.publicBundle())));
    TrustedDirectory view =
        new TrustedDirectory(hostile, f.authority.publicKey(), CryptoFixture.ISSUER);
    assertThatThrownBy(() -> view.current(alice))
        .isInstanceOf(UntrustedKeyException.class)
        .hasMessage("attestation signature does not verify");
  }

  @Test
  void aServerThatServesAnotherPrincipalsBundleIsCaught() {
    Identity b = f.enroll(bob);
    AttestedBundle bobs = f.authority.attest(b.publicBundle());
    KeyDirectory hostile = swapping(alice, List.of(new AttestedBundle(alice, 1, bobs.jws())));
    TrustedDirectory view =
        new TrustedDirectory(hostile, f.authority.publicKey(), CryptoFixture.ISSUER);
    assertThatThrownBy(() -> view.current(alice))
        .isInstanceOf(UntrustedKeyException.class)
        .hasMessage("attested subject is not clinician:cli_alice");
  }

  @Test
  void anAttestationFromAnotherIssuerIsRefused() {
    DirectoryAuthority other =
        DirectoryAuthority.generate("https://other.example", "dir-1", CryptoFixture.CLOCK);
    InMemoryKeyDirectory store = new InMemoryKeyDirectory();
    store.publish(other.attest(Identity.generate(alice).publicBundle()));
    TrustedDirectory view = new TrustedDirectory(store, other.publicKey(), CryptoFixture.ISSUER);
    assertThatThrownBy(() -> view.current(alice))
        .isInstanceOf(UntrustedKeyException.class)
        .hasMessage("attestation issuer not trusted");
  }

  @Test
  void revokedCurrentKeysAreNotSealedTo() throws Exception {
    Identity a = f.enroll(alice);
    f.store.publishRevocation(f.authority.revoke(alice, a.encryptionKeyId()));
    assertThatThrownBy(() -> f.trusted.current(alice))
        .isInstanceOf(KeyRevokedException.class)
        .hasMessage("current keys of clinician:cli_alice (version 1) are revoked");
    assertThat(f.trusted.revokedKeyIds(alice)).containsExactly(a.encryptionKeyId());
  }

  @Test
  void aForgedRevocationIsIgnored() throws Exception {
    Identity a = f.enroll(alice);
    DirectoryAuthority rogue =
        DirectoryAuthority.generate(CryptoFixture.ISSUER, "dir-1", CryptoFixture.CLOCK);
    f.store.publishRevocation(rogue.revoke(alice, a.encryptionKeyId()));
    assertThat(f.trusted.current(alice).bundle()).isEqualTo(a.publicBundle());
  }

  @Test
  void oldSigningKeysStayVerifiableAfterRotationButNotAfterRevocation() throws Exception {
    Identity v1 = f.enroll(alice);
    f.rotate(alice);
    assertThat(f.trusted.bySigningKey(alice, v1.signingKeyId()).bundle())
        .isEqualTo(v1.publicBundle());
    f.store.publishRevocation(f.authority.revoke(alice, v1.signingKeyId()));
    assertThatThrownBy(() -> f.trusted.bySigningKey(alice, v1.signingKeyId()))
        .isInstanceOf(KeyRevokedException.class);
  }

  @Test
  void theInMemoryDirectoryRefusesOutOfOrderVersions() {
    Identity a = Identity.generate(alice).rotate();
    assertThatThrownBy(() -> f.store.publish(f.authority.attest(a.publicBundle())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bundle version 2 out of order for clinician:cli_alice");
  }

  private KeyDirectory swapping(Principal victim, List<AttestedBundle> served) {
    return new KeyDirectory() {
      @Override
      public void publish(AttestedBundle bundle) {
        f.store.publish(bundle);
      }

      @Override
      public List<AttestedBundle> bundles(Principal principal) {
        return principal.equals(victim) ? served : f.store.bundles(principal);
      }

      @Override
      public void publishRevocation(AttestedRevocation revocation) {
        f.store.publishRevocation(revocation);
      }

      @Override
      public List<AttestedRevocation> revocations(Principal principal) {
        return f.store.revocations(principal);
      }
    };
  }
}
