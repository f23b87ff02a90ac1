package org.openiop.core.privacy.audit;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Checks checkpoint signatures when an audit log is verified.
 *
 * <p>Contract: implementations must be safe for concurrent use; an unknown key id or algorithm is a
 * failed verification ({@code false}), never an exception.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface CheckpointVerifier {
  /**
   * Verifies one signature.
   *
   * @param keyId the key id recorded with the signature; never {@code null}
   * @param algorithm the algorithm recorded with the signature; never {@code null}
   * @param message the signed bytes; never {@code null}
   * @param signature the signature; never {@code null}
   * @return whether the signature is valid under a trusted key with that id
   */
  boolean verify(String keyId, String algorithm, byte[] message, byte[] signature);

  /**
   * A verifier that trusts the given Ed25519 public keys (key rotation: pass old and new).
   *
   * @param trusted at least one Ed25519 public key
   * @return a thread-safe verifier
   */
  static CheckpointVerifier ed25519(PublicKey... trusted) {
    Objects.requireNonNull(trusted, "trusted == null");
    if (trusted.length == 0) {
      throw new IllegalArgumentException("no trusted keys");
    }
    Map<String, PublicKey> byId = new HashMap<>();
    for (PublicKey k : trusted) {
      byId.put(CheckpointSigner.keyIdOf(Objects.requireNonNull(k, "trusted key == null")), k);
    }
    Map<String, PublicKey> keys = Map.copyOf(byId);
    return (keyId, algorithm, message, signature) -> {
      PublicKey key = keys.get(keyId);
      if (key == null || !"Ed25519".equals(algorithm)) {
        return false;
      }
      try {
        Signature s = Signature.getInstance("Ed25519");
        s.initVerify(key);
        s.update(message);
        return s.verify(signature);
      } catch (GeneralSecurityException e) {
        return false;
      }
    };
  }
}
