package org.openiop.benchmarks.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoAcceleration;
import org.openiop.crypto.TinkSetup;
import org.openiop.crypto.keys.DirectoryAuthority;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.OpenedNote;
import org.openiop.crypto.notes.SealedNote;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sealing and opening a 4 KiB note for 5 readers (the author and 4 others), against the same raw
 * Tink calls: 1 AES-256-GCM with a fresh data key + 5 HPKE + 1 Ed25519 sign to seal; 1 verify + 1
 * HPKE + 1 AES-GCM under the unwrapped data key to open. The raw AEAD is built from the data key on
 * every call, as any per-note-key design must. {@code conscrypt=true} installs Conscrypt first
 * (each value runs in its own fork).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NoteSealBenchmark {
  static final int READERS = 5;

  @Param({"false", "true"})
  public boolean conscrypt;

  NoteSealer sealer;
  Identity author;
  Identity reader;
  List<Principal> readers;
  ClinicalNote note;
  byte[] sealedBytes;

  AesGcmParameters rawAeadParameters;
  byte[] rawDataKey;
  List<HybridEncrypt> rawEncrypters;
  HybridDecrypt rawDecrypter;
  PublicKeySign rawSigner;
  PublicKeyVerify rawVerifier;
  byte[] body;
  byte[] rawWrapped;
  byte[] rawCiphertext;
  byte[] rawSignature;
  byte[] rawSignedInput;
  final SecureRandom random = new SecureRandom();

  /**
   * Enrolls 5 identities and prepares both paths.
   *
   * @throws GeneralSecurityException never expected
   */
  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    if (conscrypt && !CryptoAcceleration.installConscryptIfPresent()) {
      throw new IllegalStateException("Conscrypt requested but not available");
    }
    TinkSetup.ensureRegistered();
    DirectoryAuthority authority =
        DirectoryAuthority.generate("https://bench.example", "dir", Clock.systemUTC());
    InMemoryKeyDirectory store = new InMemoryKeyDirectory();
    TrustedDirectory trusted =
        new TrustedDirectory(store, authority.publicKey(), "https://bench.example");
    readers = new ArrayList<>();
    List<Identity> ids = new ArrayList<>();
    for (int i = 0; i < READERS; i++) {
      Principal p =
          i == 0
              ? Principal.of(ClinicianId.of("cli_author"))
              : Principal.of(ParticipantId.of("par_" + i));
      Identity id = Identity.generate(p);
      store.publish(authority.attest(id.publicBundle()));
      readers.add(p);
      ids.add(id);
    }
    author = ids.get(0);
    reader = ids.get(1);
    sealer = NoteSealer.builder(trusted).build();
    body = new byte[4096];
    random.nextBytes(body);
    note =
        ClinicalNote.of(NoteId.of("not_bench"), 1, ParticipantId.of("par_1"), "text/plain", body);
    sealedBytes = sealer.seal(note, author, readers).toByteArray();

    // Raw Tink: the same primitives and parameters, keys made directly.
    var config = RegistryConfiguration.get();
    HpkeParameters hpke =
        HpkeParameters.builder()
            .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
            .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
            .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
            .setVariant(HpkeParameters.Variant.NO_PREFIX)
            .build();
    rawAeadParameters =
        AesGcmParameters.builder()
            .setKeySizeBytes(32)
            .setIvSizeBytes(12)
            .setTagSizeBytes(16)
            .setVariant(AesGcmParameters.Variant.NO_PREFIX)
            .build();
    rawDataKey = new byte[32];
    random.nextBytes(rawDataKey);
    rawEncrypters = new ArrayList<>();
    KeysetHandle firstHpke = null;
    for (int i = 0; i < READERS; i++) {
      KeysetHandle h = KeysetHandle.generateNew(hpke, config);
      if (firstHpke == null) {
        firstHpke = h;
      }
      rawEncrypters.add(h.getPublicKeysetHandle().getPrimitive(config, HybridEncrypt.class));
    }
    rawDecrypter = firstHpke.getPrimitive(config, HybridDecrypt.class);
    KeysetHandle sig =
        KeysetHandle.generateNew(PredefinedSignatureParameters.ED25519WithRawOutput, config);
    rawSigner = sig.getPrimitive(config, PublicKeySign.class);
    rawVerifier = sig.getPublicKeysetHandle().getPrimitive(config, PublicKeyVerify.class);
    rawCiphertext = rawAead(rawDataKey).encrypt(body, new byte[0]);
    rawWrapped = rawEncrypters.get(0).encrypt(rawDataKey, new byte[16]);
    rawSignedInput = new byte[sealedBytes.length];
    rawSignature = rawSigner.sign(rawSignedInput);
  }

  /**
   * Subject: seal through OpenIOP (including canonical JSON and directory lookups).
   *
   * @return the envelope
   * @throws GeneralSecurityException never expected
   */
  @Benchmark
  public SealedNote sealOpenIop() throws GeneralSecurityException {
    return sealer.seal(note, author, readers);
  }

  /**
   * Baseline: 1 AES-256-GCM encrypt of 4 KiB, 5 HPKE encrypts of a 32-byte key, 1 Ed25519 sign.
   *
   * @return the signature
   * @throws GeneralSecurityException never expected
   */
  @Benchmark
  public byte[] sealRawTink() throws GeneralSecurityException {
    byte[] dk = new byte[32];
    random.nextBytes(dk);
    byte[] ct = rawAead(dk).encrypt(body, new byte[0]);
    int n = ct.length;
    for (HybridEncrypt e : rawEncrypters) {
      n += e.encrypt(dk, ct).length;
    }
    byte[] toSign = new byte[n];
    return rawSigner.sign(toSign);
  }

  /**
   * Subject: parse the stored bytes, verify the author, unwrap and decrypt.
   *
   * @return the opened note
   * @throws GeneralSecurityException never expected
   */
  @Benchmark
  public OpenedNote openOpenIop() throws GeneralSecurityException {
    return sealer.open(SealedNote.parse(sealedBytes), reader);
  }

  /**
   * Baseline: 1 Ed25519 verify, 1 HPKE decrypt, 1 AES-256-GCM decrypt.
   *
   * @return the plaintext
   * @throws GeneralSecurityException never expected
   */
  @Benchmark
  public byte[] openRawTink() throws GeneralSecurityException {
    rawVerifier.verify(rawSignature, rawSignedInput);
    byte[] dk = rawDecrypter.decrypt(rawWrapped, new byte[16]);
    return rawAead(dk).decrypt(rawCiphertext, new byte[0]);
  }

  private Aead rawAead(byte[] key) throws GeneralSecurityException {
    return AesGcmJce.create(
        AesGcmKey.builder()
            .setParameters(rawAeadParameters)
            .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
            .build());
  }
}
