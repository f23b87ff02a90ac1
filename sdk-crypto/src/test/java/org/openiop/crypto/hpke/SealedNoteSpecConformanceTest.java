package org.openiop.crypto.hpke;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPoint;
import java.security.spec.EdECPublicKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.internal.TinkPrimitives;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.SealedNote;

/**
 * Opens a note sealed by OpenIOP using only docs/crypto/sealed-note-v1.md: a different JSON parser,
 * the JDK's Ed25519 and AES-GCM, and the independent RFC 9180 implementation.
 */
class SealedNoteSpecConformanceTest {
  static final Base64.Decoder B64 = Base64.getUrlDecoder();

  @Test
  void anIndependentOpenerFollowingTheSpecRecoversTheBody() throws Exception {
    CryptoFixture f = new CryptoFixture();
    Principal author = Principal.of(ClinicianId.of("cli_alice"));
    Principal reader = Principal.of(ParticipantId.of("par_bob"));
    Identity a = f.enroll(author);
    KeysetHandle hpke = KeysetHandle.generateNew(TinkPrimitives.HPKE, TinkPrimitives.config());
    KeysetHandle sig = KeysetHandle.generateNew(TinkPrimitives.ED25519, TinkPrimitives.config());
    Identity r = Identity.fromKeysets(reader, hpke, sig);
    f.store.publish(f.authority.attest(r.publicBundle()));
    byte[] skR =
        ((HpkePrivateKey) hpke.getPrimary().getKey())
            .getPrivateKeyBytes()
            .toByteArray(InsecureSecretKeyAccess.get());
    String text = "Independent implementations agree. ✓";
    SealedNote sealed =
        NoteSealer.builder(f.trusted)
            .clock(CryptoFixture.CLOCK)
            .build()
            .seal(
                ClinicalNote.text(NoteId.of("not_spec"), 3, ParticipantId.of("par_bob"), text),
                a,
                List.of(reader));
    byte[] envelope = sealed.toByteArray();

    // Section 3: structure, read with Nimbus' JSON parser rather than OpenIOP's.
    Map<String, Object> env = JSONObjectUtils.parse(new String(envelope, StandardCharsets.UTF_8));
    assertThat(env.keySet()).containsExactly("header", "ct", "wrappers", "added", "sig");
    @SuppressWarnings("unchecked")
    Map<String, Object> h = (Map<String, Object>) env.get("header");
    // Section 4.1: H, written by hand from the member table.
    String headerJson =
        "{\"v\":1,\"suite\":\"HPKE-X25519-SHA256-A256GCM/A256GCM/Ed25519\",\"note\":\""
            + h.get("note")
            + "\",\"ver\":"
            + ((Number) h.get("ver")).longValue()
            + ",\"participant\":\""
            + h.get("participant")
            + "\",\"author\":\""
            + h.get("author")
            + "\",\"authorKid\":\""
            + h.get("authorKid")
            + "\",\"created\":\""
            + h.get("created")
            + "\",\"contentType\":\""
            + h.get("contentType")
            + "\",\"amends\":\""
            + h.get("amends")
            + "\"}";
    byte[] headerBytes = headerJson.getBytes(StandardCharsets.US_ASCII);
    assertThat(h.get("author")).isEqualTo("clinician:cli_alice");
    assertThat(h.get("created")).isEqualTo("2026-11-26T20:00:00Z");
    List<?> wrappers = (List<?>) env.get("wrappers");
    StringBuilder wj = new StringBuilder("[");
    for (Object o : wrappers) {
      Map<?, ?> w = (Map<?, ?>) o;
      if (wj.length() > 1) {
        wj.append(',');
      }
      wj.append("{\"to\":\"")
          .append(w.get("to"))
          .append("\",\"kid\":\"")
          .append(w.get("kid"))
          .append("\",\"enc\":\"")
          .append(w.get("enc"))
          .append("\"}");
    }
    wj.append(']');
    // Section 4.4 and 4.5: S and the author's signature, checked with the JDK's Ed25519.
    String s =
        "{\"header\":" + headerJson + ",\"ct\":\"" + env.get("ct") + "\",\"wrappers\":" + wj + "}";
    byte[] sBytes = s.getBytes(StandardCharsets.US_ASCII);
    assertThat(new String(envelope, StandardCharsets.US_ASCII))
        .startsWith(s.substring(0, s.length() - 1));
    Signature verifier = Signature.getInstance("Ed25519");
    verifier.initVerify(ed25519(a.publicBundle().signingKey().toByteArray()));
    verifier.update(
        concat("openiop-note-v1 sig".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, sBytes));
    assertThat(verifier.verify(B64.decode((String) env.get("sig")))).isTrue();
    // Section 4.6: the note hash.
    assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(sBytes)))
        .isEqualTo(sealed.hash());
    // Section 4.3: unwrap the data key with RFC 9180 SetupBaseR / Open.
    Map<?, ?> mine =
        wrappers.stream()
            .map(o -> (Map<?, ?>) o)
            .filter(w -> w.get("to").equals("participant:par_bob"))
            .findFirst()
            .orElseThrow();
    byte[] enc = B64.decode((String) mine.get("enc"));
    assertThat(enc).hasSize(80);
    byte[] info =
        concat(
            "openiop-note-v1 wrap".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0},
            sha256(headerBytes),
            "participant:par_bob".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0},
            ((String) mine.get("kid")).getBytes(StandardCharsets.US_ASCII));
    Rfc9180.Context ctx =
        Rfc9180.AES_256_GCM.keySchedule(Rfc9180.decap(Arrays.copyOf(enc, 32), skR), info);
    byte[] dk =
        Rfc9180.aead(
            Cipher.DECRYPT_MODE,
            ctx.key(),
            ctx.baseNonce(),
            new byte[0],
            Arrays.copyOfRange(enc, 32, 80));
    assertThat(dk).hasSize(32);
    // Section 4.2: the body.
    byte[] ct = B64.decode((String) env.get("ct"));
    Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
    gcm.init(
        Cipher.DECRYPT_MODE,
        new SecretKeySpec(dk, "AES"),
        new GCMParameterSpec(128, Arrays.copyOf(ct, 12)));
    gcm.updateAAD(
        concat(
            "openiop-note-v1 body".getBytes(StandardCharsets.US_ASCII),
            new byte[] {0},
            headerBytes));
    byte[] body = gcm.doFinal(Arrays.copyOfRange(ct, 12, ct.length));
    assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(text);
  }

  static PublicKey ed25519(byte[] raw) throws Exception {
    byte[] le = raw.clone();
    boolean xOdd = (le[31] & 0x80) != 0;
    le[31] &= 0x7f;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(
            new EdECPublicKeySpec(
                NamedParameterSpec.ED25519, new EdECPoint(xOdd, new BigInteger(1, be))));
  }

  static byte[] sha256(byte[] b) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(b);
  }

  static byte[] concat(byte[]... parts) {
    return Rfc9180.concat(parts);
  }
}
