package org.openiop.crypto.keys;

import com.google.crypto.tink.util.Bytes;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.internal.Encoding;

/**
 * The public half of one version of an {@link Identity}: an X25519 key to seal to (HPKE) and an
 * Ed25519 key that verifies the principal's signatures, each with its {@code kid}.
 *
 * <p>As a JWK Set (RFC 7517) it is two OKP keys (RFC 8037): {@code {"kty":"OKP","crv":"X25519",
 * "use":"enc","kid":...,"x":...}} and {@code {"kty":"OKP","crv":"Ed25519","use":"sig",
 * "alg":"EdDSA","kid":...,"x":...}}. A bundle is trusted only after {@link TrustedDirectory} has
 * checked the directory authority's attestation.
 *
 * @param principal whose keys these are; never {@code null}
 * @param version 1 for the first identity, +1 per rotation
 * @param encryptionKeyId kid of the X25519 key: 8 lower-case hex digits (the Tink key id)
 * @param encryptionKey the raw 32-byte X25519 public key
 * @param signingKeyId kid of the Ed25519 key: 8 lower-case hex digits (the Tink key id)
 * @param signingKey the raw 32-byte Ed25519 public key
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PublicKeyBundle(
    Principal principal,
    long version,
    String encryptionKeyId,
    Bytes encryptionKey,
    String signingKeyId,
    Bytes signingKey) {

  /** Checks every component. */
  public PublicKeyBundle {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(encryptionKeyId, "encryptionKeyId == null");
    Objects.requireNonNull(encryptionKey, "encryptionKey == null");
    Objects.requireNonNull(signingKeyId, "signingKeyId == null");
    Objects.requireNonNull(signingKey, "signingKey == null");
    if (version < 1) {
      throw InvalidInputException.of("bundle.version", "must be at least 1");
    }
    if (Encoding.parseKid(encryptionKeyId).isEmpty()) {
      throw InvalidInputException.of("bundle.encryptionKeyId", "must be 8 lower-case hex digits");
    }
    if (Encoding.parseKid(signingKeyId).isEmpty()) {
      throw InvalidInputException.of("bundle.signingKeyId", "must be 8 lower-case hex digits");
    }
    if (encryptionKey.size() != 32) {
      throw InvalidInputException.of("bundle.encryptionKey", "must be 32 bytes");
    }
    if (signingKey.size() != 32) {
      throw InvalidInputException.of("bundle.signingKey", "must be 32 bytes");
    }
  }

  /**
   * The public keys as a JWK Set of two OKP keys, {@code kid} = key id.
   *
   * @return a set holding no private material
   */
  public JWKSet toJwkSet() {
    OctetKeyPair enc =
        new OctetKeyPair.Builder(Curve.X25519, Base64URL.encode(encryptionKey.toByteArray()))
            .keyUse(KeyUse.ENCRYPTION)
            .keyID(encryptionKeyId)
            .build();
    OctetKeyPair sig =
        new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(signingKey.toByteArray()))
            .keyUse(KeyUse.SIGNATURE)
            .algorithm(JWSAlgorithm.EdDSA)
            .keyID(signingKeyId)
            .build();
    return new JWKSet(List.of(enc, sig));
  }

  /**
   * Reads a bundle back from its JWK Set.
   *
   * @param principal whose keys these are
   * @param version the bundle version
   * @param set exactly one public X25519 key with use {@code enc} and one public Ed25519 key with
   *     use {@code sig}
   * @return the bundle
   * @throws InvalidInputException if the set has another shape
   */
  public static PublicKeyBundle fromJwkSet(Principal principal, long version, JWKSet set) {
    Objects.requireNonNull(set, "set == null");
    OctetKeyPair enc = null;
    OctetKeyPair sig = null;
    for (JWK jwk : set.getKeys()) {
      if (!(jwk instanceof OctetKeyPair okp) || okp.isPrivate() || okp.getKeyID() == null) {
        throw InvalidInputException.of("jwks.keys", "must be public OKP keys with a kid");
      }
      if (Curve.X25519.equals(okp.getCurve()) && KeyUse.ENCRYPTION.equals(okp.getKeyUse())) {
        if (enc != null) {
          throw InvalidInputException.of("jwks.keys", "more than one X25519 key");
        }
        enc = okp;
      } else if (Curve.Ed25519.equals(okp.getCurve()) && KeyUse.SIGNATURE.equals(okp.getKeyUse())) {
        if (sig != null) {
          throw InvalidInputException.of("jwks.keys", "more than one Ed25519 key");
        }
        sig = okp;
      } else {
        throw InvalidInputException.of("jwks.keys", "unexpected curve or use");
      }
    }
    if (enc == null || sig == null) {
      throw InvalidInputException.of("jwks.keys", "needs one X25519 and one Ed25519 key");
    }
    return new PublicKeyBundle(
        principal,
        version,
        enc.getKeyID(),
        Bytes.copyFrom(enc.getDecodedX()),
        sig.getKeyID(),
        Bytes.copyFrom(sig.getDecodedX()));
  }
}
