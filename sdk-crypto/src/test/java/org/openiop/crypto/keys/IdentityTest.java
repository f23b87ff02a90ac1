package org.openiop.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.internal.TinkPrimitives;

class IdentityTest {
  private final Principal alice = Principal.of(ClinicianId.of("cli_alice"));

  @Test
  void publicBundleExportsTwoOkpKeysWithTinkKeyIdsAsKid() throws Exception {
    Identity id = Identity.generate(alice);
    JWKSet set = id.publicBundle().toJwkSet();
    String json = set.toString();
    assertThat(set.getKeys()).hasSize(2);
    assertThat(json).contains("\"crv\":\"X25519\"", "\"crv\":\"Ed25519\"", "\"kty\":\"OKP\"");
    assertThat(json).doesNotContain("\"d\"");
    assertThat(set.getKeyByKeyId(id.encryptionKeyId())).isNotNull();
    assertThat(set.getKeyByKeyId(id.signingKeyId())).isNotNull();
    assertThat(PublicKeyBundle.fromJwkSet(alice, 1, JWKSet.parse(json)))
        .isEqualTo(id.publicBundle());
  }

  @Test
  void signaturesVerifyWithTheExportedPublicKey() throws Exception {
    Identity id = Identity.generate(alice);
    byte[] msg = "m".getBytes(StandardCharsets.UTF_8);
    byte[] sig = id.sign(msg);
    assertThat(sig).hasSize(64);
    TinkPrimitives.ed25519Verify(id.publicBundle().signingKey().toByteArray()).verify(sig, msg);
  }

  @Test
  void rotationKeepsOldKeysForOpeningAndMakesNewOnesCurrent() throws Exception {
    Identity v1 = Identity.generate(alice);
    byte[] sealedToV1 =
        TinkPrimitives.hpkeEncrypt(v1.publicBundle().encryptionKey().toByteArray())
            .encrypt(new byte[] {1, 2, 3}, new byte[] {9});
    Identity v2 = v1.rotate();
    assertThat(v2.publicBundle().version()).isEqualTo(2);
    assertThat(v2.encryptionKeyId()).isNotEqualTo(v1.encryptionKeyId());
    assertThat(v2.signingKeyId()).isNotEqualTo(v1.signingKeyId());
    assertThat(v2.encryptionKeyIds()).contains(v1.encryptionKeyId(), v2.encryptionKeyId());
    assertThat(v2.hpkeOpen(v1.encryptionKeyId(), sealedToV1, new byte[] {9}))
        .containsExactly(1, 2, 3);
  }

  @Test
  void hpkeOpenWithAnUnknownKidFailsNamingOnlyIds() {
    Identity id = Identity.generate(alice);
    assertThatThrownBy(() -> id.hpkeOpen("00000000", new byte[80], new byte[0]))
        .isInstanceOf(java.security.GeneralSecurityException.class)
        .hasMessage("no key 00000000 held by clinician:cli_alice");
  }

  @Test
  void toStringShowsIdsOnly() {
    Identity id = Identity.generate(alice);
    assertThat(id.toString())
        .isEqualTo(
            "Identity[principal=clinician:cli_alice, encryptionKeyId="
                + id.encryptionKeyId()
                + ", signingKeyId="
                + id.signingKeyId()
                + "]");
  }

  @Test
  void principalsRoundTripThroughTheirTextForm() {
    Principal p = Principal.of(ParticipantId.of("par_x:1"));
    assertThat(p.text()).isEqualTo("participant:par_x:1");
    assertThat(Principal.tryParse(p.text())).contains(p);
    assertThat(Principal.tryParse("nobody:x")).isEmpty();
    assertThat(Principal.tryParse("participant:")).isEmpty();
    assertThatThrownBy(() -> new Principal(Principal.Kind.ADMIN, "bad id"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: principal.id: must be 1-64 letters, digits or . _ : -");
  }
}
