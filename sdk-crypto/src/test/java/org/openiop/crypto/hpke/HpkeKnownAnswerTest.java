package org.openiop.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.crypto.internal.TinkPrimitives;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;

/**
 * RFC 9180 known-answer tests. The RFC's vector A.1.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256,
 * AES-128-GCM, base mode) pins down an independent JDK implementation, whose KEM, KDF and key
 * schedule are exactly those of OpenIOP's suite; that implementation, switched to AES-256-GCM, then
 * interoperates both ways with the HPKE OpenIOP wraps data keys with. RFC 9180 prints no vector for
 * X25519 with AES-256-GCM, so none is claimed here.
 */
class HpkeKnownAnswerTest {
  static final HexFormat HEX = HexFormat.of();
  static Map<String, Object> v;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws Exception {
    try (InputStream in =
        HpkeKnownAnswerTest.class.getResourceAsStream(
            "/testvectors/rfc9180_a1_1_x25519_sha256_aes128gcm.json")) {
      v = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(((Number) v.get("mode")).intValue()).isZero();
    assertThat(((Number) v.get("kem_id")).intValue()).isEqualTo(32);
    assertThat(((Number) v.get("kdf_id")).intValue()).isEqualTo(1);
    assertThat(((Number) v.get("aead_id")).intValue()).isEqualTo(1);
  }

  static byte[] hex(String key) {
    return HEX.parseHex((String) v.get(key));
  }

  @Test
  void theIndependentImplementationReproducesEveryOfficialValue() throws Exception {
    assertThat(Rfc9180.deriveSecretKey(hex("ikmR"))).isEqualTo(hex("skRm"));
    assertThat(Rfc9180.deriveSecretKey(hex("ikmE"))).isEqualTo(hex("skEm"));
    assertThat(Rfc9180.publicKey(hex("skRm"))).isEqualTo(hex("pkRm"));
    assertThat(Rfc9180.publicKey(hex("skEm"))).isEqualTo(hex("pkEm"));
    byte[][] encap = Rfc9180.encap(hex("skEm"), hex("pkRm"));
    assertThat(encap[0]).isEqualTo(hex("enc"));
    assertThat(encap[1]).isEqualTo(hex("shared_secret"));
    assertThat(Rfc9180.decap(hex("enc"), hex("skRm"))).isEqualTo(hex("shared_secret"));
    Rfc9180.Context ctx = Rfc9180.AES_128_GCM.keySchedule(hex("shared_secret"), hex("info"));
    assertThat(ctx.keyScheduleContext()).isEqualTo(hex("key_schedule_context"));
    assertThat(ctx.secret()).isEqualTo(hex("secret"));
    assertThat(ctx.key()).isEqualTo(hex("key"));
    assertThat(ctx.baseNonce()).isEqualTo(hex("base_nonce"));
    assertThat(ctx.exporterSecret()).isEqualTo(hex("exporter_secret"));
    List<?> encryptions = (List<?>) v.get("encryptions");
    assertThat(encryptions).hasSize(6);
    for (Object o : encryptions) {
      Map<?, ?> e = (Map<?, ?>) o;
      long seq = ((Number) e.get("seq")).longValue();
      byte[] nonce = Rfc9180.nonce(ctx.baseNonce(), seq);
      assertThat(nonce).isEqualTo(HEX.parseHex((String) e.get("nonce")));
      byte[] aad = HEX.parseHex((String) e.get("aad"));
      byte[] ct = HEX.parseHex((String) e.get("ct"));
      byte[] pt = HEX.parseHex((String) e.get("pt"));
      assertThat(Rfc9180.aead(Cipher.ENCRYPT_MODE, ctx.key(), nonce, aad, pt)).isEqualTo(ct);
      assertThat(Rfc9180.aead(Cipher.DECRYPT_MODE, ctx.key(), nonce, aad, ct)).isEqualTo(pt);
    }
  }

  @Test
  void tinkOpensAnRfc9180CiphertextMadeFromTheVectorKeys() throws Exception {
    // Single-shot HPKE as OpenIOP uses it: sequence 0, empty AAD, output enc || ct.
    byte[][] encap = Rfc9180.encap(hex("skEm"), hex("pkRm"));
    Rfc9180.Context ctx = Rfc9180.AES_256_GCM.keySchedule(encap[1], hex("info"));
    byte[] pt = "a 32-byte data key for one note!".getBytes(StandardCharsets.US_ASCII);
    byte[] ct = Rfc9180.aead(Cipher.ENCRYPT_MODE, ctx.key(), ctx.baseNonce(), new byte[0], pt);
    HpkePublicKey pub =
        HpkePublicKey.create(TinkPrimitives.HPKE, Bytes.copyFrom(hex("pkRm")), null);
    HpkePrivateKey priv =
        HpkePrivateKey.create(
            pub, SecretBytes.copyFrom(hex("skRm"), InsecureSecretKeyAccess.get()));
    HybridDecrypt tink =
        TinkPrimitives.single(priv, 7).getPrimitive(TinkPrimitives.config(), HybridDecrypt.class);
    assertThat(tink.decrypt(Rfc9180.concat(encap[0], ct), hex("info"))).isEqualTo(pt);
  }

  @Test
  void theIndependentImplementationOpensWhatOpenIopSealsToTheVectorKey() throws Exception {
    byte[] info = "openiop info".getBytes(StandardCharsets.US_ASCII);
    byte[] pt = new byte[32];
    pt[0] = 42;
    byte[] out = TinkPrimitives.hpkeEncrypt(hex("pkRm")).encrypt(pt, info);
    assertThat(out).hasSize(32 + 32 + 16);
    byte[] enc = java.util.Arrays.copyOf(out, 32);
    byte[] ct = java.util.Arrays.copyOfRange(out, 32, out.length);
    Rfc9180.Context ctx = Rfc9180.AES_256_GCM.keySchedule(Rfc9180.decap(enc, hex("skRm")), info);
    assertThat(Rfc9180.aead(Cipher.DECRYPT_MODE, ctx.key(), ctx.baseNonce(), new byte[0], ct))
        .isEqualTo(pt);
  }

  @Test
  void anIdentityOpensAStandardCiphertextToItsExportedPublicKey() throws Exception {
    Identity id = Identity.generate(Principal.organization("kat"));
    byte[] pkR = id.publicBundle().encryptionKey().toByteArray();
    byte[][] encap = Rfc9180.encap(hex("skEm"), pkR);
    byte[] info = "bound info".getBytes(StandardCharsets.US_ASCII);
    Rfc9180.Context ctx = Rfc9180.AES_256_GCM.keySchedule(encap[1], info);
    byte[] pt = new byte[] {1, 2, 3};
    byte[] ct = Rfc9180.aead(Cipher.ENCRYPT_MODE, ctx.key(), ctx.baseNonce(), new byte[0], pt);
    assertThat(id.hpkeOpen(id.encryptionKeyId(), Rfc9180.concat(encap[0], ct), info)).isEqualTo(pt);
  }
}
