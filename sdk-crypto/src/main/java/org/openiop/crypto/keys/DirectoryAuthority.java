package org.openiop.crypto.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The organization's directory key: attests public key bundles and revocations as Ed25519 JWS
 * (Nimbus). Run it where the organization verifies who a person is (enrollment, device
 * registration); clients pin its public key in {@link TrustedDirectory}.
 *
 * <p>Attestation JWS: header {@code {"alg":"EdDSA","kid":...,"typ":"openiop-key-bundle+jwt"}};
 * claims {@code iss} (issuer), {@code sub} (principal text), {@code iat}, {@code ver} (bundle
 * version) and {@code jwks} (the bundle's public JWK Set). Revocation JWS: {@code typ} {@code
 * openiop-key-revocation+jwt}, claims {@code iss}, {@code sub}, {@code iat}, {@code revoked_kid}.
 * Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DirectoryAuthority {
  static final JOSEObjectType BUNDLE_TYPE = new JOSEObjectType("openiop-key-bundle+jwt");
  static final JOSEObjectType REVOCATION_TYPE = new JOSEObjectType("openiop-key-revocation+jwt");

  private final OctetKeyPair key;
  private final String issuer;
  private final Clock clock;
  private final Ed25519Signer signer;

  private DirectoryAuthority(OctetKeyPair key, String issuer, Clock clock) {
    this.key = key;
    this.issuer = issuer;
    this.clock = clock;
    try {
      this.signer = new Ed25519Signer(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("not an Ed25519 private key", e);
    }
  }

  /**
   * Generates a new directory key.
   *
   * @param issuer the {@code iss} value clients expect, for example a URL; never {@code null}
   * @param keyId the {@code kid} of the directory key; never {@code null}
   * @param clock the time source for {@code iat}; never {@code null}
   * @return the authority
   */
  public static DirectoryAuthority generate(String issuer, String keyId, Clock clock) {
    Objects.requireNonNull(issuer, "issuer == null");
    Objects.requireNonNull(keyId, "keyId == null");
    Objects.requireNonNull(clock, "clock == null");
    try {
      return new DirectoryAuthority(
          new OctetKeyPairGenerator(Curve.Ed25519).keyID(keyId).generate(), issuer, clock);
    } catch (JOSEException e) {
      throw new IllegalStateException("Ed25519 key generation failed", e);
    }
  }

  /**
   * Wraps an existing private Ed25519 JWK (with a {@code kid}).
   *
   * @param privateKey the key; never {@code null}
   * @param issuer the {@code iss} value; never {@code null}
   * @param clock the time source; never {@code null}
   * @return the authority
   */
  public static DirectoryAuthority of(OctetKeyPair privateKey, String issuer, Clock clock) {
    Objects.requireNonNull(privateKey, "privateKey == null");
    Objects.requireNonNull(issuer, "issuer == null");
    Objects.requireNonNull(clock, "clock == null");
    if (!privateKey.isPrivate() || privateKey.getKeyID() == null) {
      throw new IllegalArgumentException("need a private key with a kid");
    }
    return new DirectoryAuthority(privateKey, issuer, clock);
  }

  /**
   * The public key clients pin.
   *
   * @return a public OKP JWK
   */
  public OctetKeyPair publicKey() {
    return key.toPublicJWK();
  }

  /**
   * The issuer name.
   *
   * @return never {@code null}
   */
  public String issuer() {
    return issuer;
  }

  /**
   * Attests a bundle.
   *
   * @param bundle the bundle the organization has verified belongs to its principal
   * @return the attested bundle, ready for {@link KeyDirectory#publish}
   */
  public AttestedBundle attest(PublicKeyBundle bundle) {
    Objects.requireNonNull(bundle, "bundle == null");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(bundle.principal().text())
            .issueTime(Date.from(clock.instant()))
            .claim("ver", bundle.version())
            .claim("jwks", bundle.toJwkSet().toJSONObject(true))
            .build();
    return new AttestedBundle(bundle.principal(), bundle.version(), sign(BUNDLE_TYPE, claims));
  }

  /**
   * Revokes one key (encryption or signing) of a principal.
   *
   * @param principal the owner; never {@code null}
   * @param keyId the kid to revoke; never {@code null}
   * @return the attested revocation, ready for {@link KeyDirectory#publishRevocation}
   */
  public AttestedRevocation revoke(Principal principal, String keyId) {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(keyId, "keyId == null");
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(principal.text())
            .issueTime(Date.from(clock.instant()))
            .claim("revoked_kid", keyId)
            .build();
    return new AttestedRevocation(principal, keyId, sign(REVOCATION_TYPE, claims));
  }

  private String sign(JOSEObjectType type, JWTClaimsSet claims) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.EdDSA).keyID(key.getKeyID()).type(type).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("directory signing failed", e);
    }
    return jwt.serialize();
  }

  @Override
  public String toString() {
    return "DirectoryAuthority[issuer=" + issuer + ", kid=" + key.getKeyID() + "]";
  }
}
