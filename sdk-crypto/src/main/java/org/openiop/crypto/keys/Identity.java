package org.openiop.crypto.keys;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.hybrid.HpkePrivateKey;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.util.Bytes;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.TinkPrimitives;

/**
 * A principal's private keys: an HPKE keyset (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM,
 * RFC 9180) to receive and an Ed25519 keyset to sign, both Tink keysets.
 *
 * <p>The keys never leave this object except through a {@link KeyVault}. After {@link #rotate()}
 * the keysets keep the old keys (so old content still opens and old signatures still verify) and
 * make new ones primary. Immutable and safe for concurrent use; {@code toString} shows the
 * principal and key ids only.
 *
 * <pre>{@code
 * Identity alice = Identity.generate(Principal.of(ClinicianId.of("cli_1")));
 * directory.publish(authority.attest(alice.publicBundle()));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Identity {
  private final Principal principal;
  private final KeysetHandle hpke;
  private final KeysetHandle signing;
  private final Map<String, HybridDecrypt> decrypters;
  private final PublicKeySign signer;
  private final String encryptionKeyId;
  private final String signingKeyId;
  private final PublicKeyBundle bundle;

  Identity(Principal principal, KeysetHandle hpke, KeysetHandle signing)
      throws GeneralSecurityException {
    this.principal = Objects.requireNonNull(principal, "principal == null");
    this.hpke = Objects.requireNonNull(hpke, "hpke == null");
    this.signing = Objects.requireNonNull(signing, "signing == null");
    Map<String, HybridDecrypt> map = new HashMap<>();
    for (int i = 0; i < hpke.size(); i++) {
      KeysetHandle.Entry e = hpke.getAt(i);
      if (!(e.getKey() instanceof HpkePrivateKey k)
          || !k.getParameters().equals(TinkPrimitives.HPKE)) {
        throw new GeneralSecurityException("encryption keyset holds a foreign key type");
      }
      map.put(
          Encoding.kid(e.getId()),
          TinkPrimitives.single(k, e.getId())
              .getPrimitive(TinkPrimitives.config(), HybridDecrypt.class));
    }
    this.decrypters = Map.copyOf(map);
    if (!(signing.getPrimary().getKey() instanceof Ed25519PrivateKey sk)
        || !sk.getParameters().equals(TinkPrimitives.ED25519)) {
      throw new GeneralSecurityException("signing keyset primary is not raw Ed25519");
    }
    this.signer = signing.getPrimitive(TinkPrimitives.config(), PublicKeySign.class);
    this.encryptionKeyId = Encoding.kid(hpke.getPrimary().getId());
    this.signingKeyId = Encoding.kid(signing.getPrimary().getId());
    HpkePrivateKey primaryHpke = (HpkePrivateKey) hpke.getPrimary().getKey();
    Bytes encPub = primaryHpke.getPublicKey().getPublicKeyBytes();
    Bytes sigPub = sk.getPublicKey().getPublicKeyBytes();
    this.bundle =
        new PublicKeyBundle(principal, hpke.size(), encryptionKeyId, encPub, signingKeyId, sigPub);
  }

  /**
   * Makes an identity from existing Tink keysets, for example keys created on a device or imported
   * from another system.
   *
   * @param principal the owner; never {@code null}
   * @param encryptionKeyset private HPKE keys with the parameters of OpenIOP's suite (X25519,
   *     HKDF-SHA256, AES-256-GCM, no prefix); the primary is the current key; never {@code null}
   * @param signingKeyset private raw Ed25519 keys; the primary is the current key; never {@code
   *     null}
   * @return the identity
   * @throws GeneralSecurityException if a keyset holds another key type or parameters
   */
  public static Identity fromKeysets(
      Principal principal, KeysetHandle encryptionKeyset, KeysetHandle signingKeyset)
      throws GeneralSecurityException {
    return new Identity(principal, encryptionKeyset, signingKeyset);
  }

  /**
   * Generates a fresh identity (version 1).
   *
   * @param principal the owner; never {@code null}
   * @return the identity
   */
  public static Identity generate(Principal principal) {
    Objects.requireNonNull(principal, "principal == null");
    try {
      KeysetHandle h = KeysetHandle.generateNew(TinkPrimitives.HPKE, TinkPrimitives.config());
      KeysetHandle s = KeysetHandle.generateNew(TinkPrimitives.ED25519, TinkPrimitives.config());
      return new Identity(principal, h, s);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("key generation failed for " + principal, e);
    }
  }

  /**
   * Returns a new identity whose fresh keys are primary; the old keys stay (enabled) so content
   * sealed to them still opens. Publish the new {@link #publicBundle()} to the directory.
   *
   * @return the rotated identity (version + 1)
   */
  public Identity rotate() {
    try {
      KeysetHandle h =
          KeysetHandle.newBuilder(hpke)
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(TinkPrimitives.HPKE)
                      .withRandomId()
                      .setStatus(KeyStatus.ENABLED)
                      .makePrimary())
              .build();
      KeysetHandle s =
          KeysetHandle.newBuilder(signing)
              .addEntry(
                  KeysetHandle.generateEntryFromParameters(TinkPrimitives.ED25519)
                      .withRandomId()
                      .setStatus(KeyStatus.ENABLED)
                      .makePrimary())
              .build();
      return new Identity(principal, h, s);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("rotation failed for " + principal, e);
    }
  }

  /**
   * The owner.
   *
   * @return never {@code null}
   */
  public Principal principal() {
    return principal;
  }

  /**
   * The current public keys, version = number of encryption keys held.
   *
   * @return never {@code null}
   */
  public PublicKeyBundle publicBundle() {
    return bundle;
  }

  /**
   * The kid of the current (primary) HPKE key.
   *
   * @return 8 hex digits
   */
  public String encryptionKeyId() {
    return encryptionKeyId;
  }

  /**
   * The kid of the current (primary) Ed25519 key.
   *
   * @return 8 hex digits
   */
  public String signingKeyId() {
    return signingKeyId;
  }

  /**
   * The kids of every HPKE key this identity can decrypt with (current and rotated-out).
   *
   * @return an unmodifiable set
   */
  public Set<String> encryptionKeyIds() {
    return decrypters.keySet();
  }

  /**
   * Signs with the current Ed25519 key (RFC 8032, 64-byte signature).
   *
   * @param data the bytes to sign; never {@code null}
   * @return the signature
   * @throws GeneralSecurityException if the key cannot sign
   */
  public byte[] sign(byte[] data) throws GeneralSecurityException {
    Objects.requireNonNull(data, "data == null");
    return signer.sign(data);
  }

  /**
   * Opens an RFC 9180 single-shot HPKE ciphertext ({@code enc || ct}, empty AAD) sealed to one of
   * this identity's keys.
   *
   * @param keyId the kid the sender sealed to
   * @param ciphertext {@code enc || ct}
   * @param info the HPKE info the sender bound
   * @return the plaintext
   * @throws GeneralSecurityException if this identity has no such key or the ciphertext or info
   *     does not authenticate
   */
  public byte[] hpkeOpen(String keyId, byte[] ciphertext, byte[] info)
      throws GeneralSecurityException {
    Objects.requireNonNull(keyId, "keyId == null");
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    Objects.requireNonNull(info, "info == null");
    HybridDecrypt d = decrypters.get(keyId);
    if (d == null) {
      throw new GeneralSecurityException("no key " + keyId + " held by " + principal);
    }
    return d.decrypt(ciphertext, info);
  }

  KeysetHandle encryptionKeyset() {
    return hpke;
  }

  KeysetHandle signingKeyset() {
    return signing;
  }

  @Override
  public String toString() {
    return "Identity[principal="
        + principal
        + ", encryptionKeyId="
        + encryptionKeyId
        + ", signingKeyId="
        + signingKeyId
        + "]";
  }
}
