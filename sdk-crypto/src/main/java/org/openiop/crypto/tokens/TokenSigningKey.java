package org.openiop.crypto.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A private key that signs tokens: Ed25519 ({@code EdDSA}, the default) or P-256 ({@code ES256},
 * for gateways that cannot verify EdDSA). Immutable and safe for concurrent use; {@code toString}
 * shows the algorithm and kid only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TokenSigningKey {
  private final JWK privateKey;
  private final JWSAlgorithm algorithm;
  private final JWSSigner signer;

  private TokenSigningKey(JWK privateKey, JWSAlgorithm algorithm) throws JOSEException {
    this.privateKey = privateKey;
    this.algorithm = algorithm;
    this.signer =
        algorithm.equals(JWSAlgorithm.EdDSA)
            ? new Ed25519Signer((OctetKeyPair) privateKey)
            : new ECDSASigner((ECKey) privateKey);
  }

  /**
   * Generates an Ed25519 key (EdDSA).
   *
   * @param keyId the {@code kid}; never {@code null}
   * @return the key
   */
  public static TokenSigningKey generateEd25519(String keyId) {
    Objects.requireNonNull(keyId, "keyId == null");
    try {
      return new TokenSigningKey(
          new OctetKeyPairGenerator(Curve.Ed25519)
              .keyID(keyId)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.EdDSA)
              .generate(),
          JWSAlgorithm.EdDSA);
    } catch (JOSEException e) {
      throw new IllegalStateException("Ed25519 key generation failed", e);
    }
  }

  /**
   * Generates a P-256 key (ES256).
   *
   * @param keyId the {@code kid}; never {@code null}
   * @return the key
   */
  public static TokenSigningKey generateEs256(String keyId) {
    Objects.requireNonNull(keyId, "keyId == null");
    try {
      return new TokenSigningKey(
          new ECKeyGenerator(Curve.P_256)
              .keyID(keyId)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .generate(),
          JWSAlgorithm.ES256);
    } catch (JOSEException e) {
      throw new IllegalStateException("P-256 key generation failed", e);
    }
  }

  /**
   * Wraps an existing private JWK: an Ed25519 {@link OctetKeyPair} or a P-256 {@link ECKey}, with a
   * {@code kid}.
   *
   * @param privateKey the key; never {@code null}
   * @return the signing key
   * @throws IllegalArgumentException for any other key
   */
  public static TokenSigningKey of(JWK privateKey) {
    Objects.requireNonNull(privateKey, "privateKey == null");
    if (!privateKey.isPrivate() || privateKey.getKeyID() == null) {
      throw new IllegalArgumentException("need a private key with a kid");
    }
    try {
      if (privateKey instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
        return new TokenSigningKey(okp, JWSAlgorithm.EdDSA);
      }
      if (privateKey instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
        return new TokenSigningKey(ec, JWSAlgorithm.ES256);
      }
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable key " + privateKey.getKeyID(), e);
    }
    throw new IllegalArgumentException("only Ed25519 and P-256 keys sign tokens");
  }

  /**
   * The public JWK to publish in the verifiers' JWK Set.
   *
   * @return a public JWK with {@code kid}, {@code use} and {@code alg}
   */
  public JWK publicJwk() {
    return privateKey.toPublicJWK();
  }

  /**
   * The {@code kid}.
   *
   * @return never {@code null}
   */
  public String keyId() {
    return privateKey.getKeyID();
  }

  /**
   * The JWS algorithm.
   *
   * @return {@code EdDSA} or {@code ES256}
   */
  public JWSAlgorithm algorithm() {
    return algorithm;
  }

  JWSSigner signer() {
    return signer;
  }

  @Override
  public String toString() {
    return "TokenSigningKey[" + algorithm + ", kid=" + keyId() + "]";
  }
}
