package org.openiop.crypto.internal;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HpkePublicKey;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import java.security.GeneralSecurityException;
import org.apiguardian.api.API;
import org.openiop.crypto.TinkSetup;

/** The fixed algorithm choices of OpenIOP and small factories around Tink's current API. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TinkPrimitives {
  /** HPKE: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM, raw RFC 9180 output. */
  public static final HpkeParameters HPKE;

  /** Ed25519 with raw 64-byte signatures (RFC 8032), no Tink prefix. */
  public static final Ed25519Parameters ED25519 =
      Ed25519Parameters.create(Ed25519Parameters.Variant.NO_PREFIX);

  /** AES-256-GCM, 12-byte IV, 16-byte tag, output {@code iv || ciphertext || tag}. */
  public static final AesGcmParameters AES256_GCM_RAW;

  static {
    try {
      HPKE =
          HpkeParameters.builder()
              .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
              .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
              .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
              .setVariant(HpkeParameters.Variant.NO_PREFIX)
              .build();
      AES256_GCM_RAW =
          AesGcmParameters.builder()
              .setKeySizeBytes(32)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private TinkPrimitives() {}

  /**
   * The configuration every OpenIOP call passes to Tink (after registration).
   *
   * @return the registry configuration
   */
  public static Configuration config() {
    TinkSetup.ensureRegistered();
    try {
      return RegistryConfiguration.get();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink configuration unavailable", e);
    }
  }

  /**
   * A single-key keyset around one key, with the given id, as primary.
   *
   * @param key the key
   * @param id the Tink key id
   * @return the handle
   * @throws GeneralSecurityException if Tink refuses the key
   */
  public static KeysetHandle single(Key key, int id) throws GeneralSecurityException {
    TinkSetup.ensureRegistered();
    return KeysetHandle.newBuilder()
        .addEntry(KeysetHandle.importKey(key).withFixedId(id).makePrimary())
        .build();
  }

  /**
   * HPKE encrypter to a raw X25519 public key.
   *
   * @param publicKey 32 bytes
   * @return the encrypter
   * @throws GeneralSecurityException if the key is malformed
   */
  public static HybridEncrypt hpkeEncrypt(byte[] publicKey) throws GeneralSecurityException {
    HpkePublicKey key = HpkePublicKey.create(HPKE, Bytes.copyFrom(publicKey), null);
    return single(key, 1).getPrimitive(config(), HybridEncrypt.class);
  }

  /**
   * Ed25519 verifier for a raw public key.
   *
   * @param publicKey 32 bytes
   * @return the verifier
   * @throws GeneralSecurityException if the key is malformed
   */
  public static PublicKeyVerify ed25519Verify(byte[] publicKey) throws GeneralSecurityException {
    Ed25519PublicKey key = Ed25519PublicKey.create(Bytes.copyFrom(publicKey));
    return single(key, 1).getPrimitive(config(), PublicKeyVerify.class);
  }

  /**
   * AES-256-GCM with a raw 32-byte key.
   *
   * @param key 32 bytes
   * @return the AEAD; output is {@code iv || ciphertext || tag}
   * @throws GeneralSecurityException if the key size is wrong
   */
  public static Aead aes256Gcm(byte[] key) throws GeneralSecurityException {
    AesGcmKey k =
        AesGcmKey.builder()
            .setParameters(AES256_GCM_RAW)
            .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
            .build();
    return AesGcmJce.create(k);
  }
}
