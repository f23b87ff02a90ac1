package org.openiop.core.privacy.audit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HexFormat;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Signs audit-log checkpoints; the default is the JDK's Ed25519, and sdk-crypto may supply one
 * backed by a managed key.
 *
 * <p>Contract: implementations must be safe for concurrent use; {@code sign} may block briefly and
 * throws {@link GeneralSecurityException} if it cannot sign (the sink then refuses the append).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface CheckpointSigner {
  /**
   * The key id written next to each signature, so a verifier can pick the right public key.
   *
   * @return a short code (letters, digits, {@code . _ -}); never {@code null}
   */
  String keyId();

  /**
   * The signature algorithm name written next to each signature.
   *
   * @return for example {@code Ed25519}; never {@code null}
   */
  default String algorithm() {
    return "Ed25519";
  }

  /**
   * Signs a checkpoint message.
   *
   * @param message the bytes to sign; never {@code null}
   * @return the signature
   * @throws GeneralSecurityException if signing fails
   */
  byte[] sign(byte[] message) throws GeneralSecurityException;

  /**
   * A signer using the JDK's Ed25519 with the given key pair; its key id is {@link #keyIdOf}.
   *
   * @param keyPair an Ed25519 key pair; never {@code null}
   * @return a thread-safe signer
   * @throws GeneralSecurityException if the key is not an Ed25519 key
   */
  static CheckpointSigner ed25519(KeyPair keyPair) throws GeneralSecurityException {
    Objects.requireNonNull(keyPair, "keyPair == null");
    String keyId = keyIdOf(keyPair.getPublic());
    Signature probe = Signature.getInstance("Ed25519");
    probe.initSign(keyPair.getPrivate());
    return new CheckpointSigner() {
      @Override
      public String keyId() {
        return keyId;
      }

      @Override
      public byte[] sign(byte[] message) throws GeneralSecurityException {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(keyPair.getPrivate());
        s.update(message);
        return s.sign();
      }
    };
  }

  /**
   * The key id OpenIOP derives from a public key: the first 8 bytes of the SHA-256 of its X.509
   * encoding, in hex.
   *
   * @param publicKey the key; never {@code null}
   * @return 16 hex digits
   */
  static String keyIdOf(PublicKey publicKey) {
    Objects.requireNonNull(publicKey, "publicKey == null");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
