package org.openiop.crypto.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.tokens.TokenInvalidException.Reason;

/**
 * Verifies access tokens, failing closed.
 *
 * <p>In order: size cap (default 8 KiB) before parsing; compact JWS only (no JWE, no unsecured
 * {@code alg: none}); {@code alg} on the allow-list (EdDSA; ES256 only if enabled; never HMAC or
 * RSA, so no algorithm confusion); {@code typ} {@code at+jwt} and no {@code crit}; {@code kid}
 * present and found in the trusted JWK Set, with a key whose type matches {@code alg}; the
 * signature; then, with Nimbus' {@code DefaultJWTClaimsVerifier} on the injected clock, exact
 * {@code iss}, {@code aud} containing this service, required {@code sub exp iat nbf jti role}, and
 * {@code exp}/{@code nbf} with a bounded skew (default 30 s, at most 5 min); finally {@code iat}
 * not in the future and {@code exp - iat} at most {@link TokenIssuer#MAX_LIFETIME}.
 *
 * <p>Nimbus' {@code DefaultJWTProcessor} is not used because its key selector cannot hand OKP
 * (Ed25519) keys to a verifier; the key is selected here, by {@code kid}, explicitly. Immutable and
 * safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TokenVerifier {
  private final String issuer;
  private final String audience;
  private final Clock clock;
  private final Set<JWSAlgorithm> algorithms;
  private final int maxSkewSeconds;
  private final int maxTokenBytes;
  private final Map<String, JWSVerifier> verifiers;
  private final Map<String, JWSAlgorithm> keyAlgorithms;

  private TokenVerifier(Builder b) {
    this.issuer = b.issuer;
    this.audience = b.audience;
    this.clock = b.clock;
    this.algorithms = Set.copyOf(b.algorithms);
    this.maxSkewSeconds = (int) b.maxSkew.toSeconds();
    this.maxTokenBytes = b.maxTokenBytes;
    Map<String, JWSVerifier> v = new HashMap<>();
    Map<String, JWSAlgorithm> a = new HashMap<>();
    for (JWK jwk : b.keys.getKeys()) {
      String kid = jwk.getKeyID();
      if (kid == null) {
        continue;
      }
      try {
        if (jwk instanceof OctetKeyPair okp && Curve.Ed25519.equals(okp.getCurve())) {
          v.put(kid, new Ed25519Verifier(okp.toPublicJWK()));
          a.put(kid, JWSAlgorithm.EdDSA);
        } else if (jwk instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
          v.put(kid, new ECDSAVerifier(ec.toPublicJWK()));
          a.put(kid, JWSAlgorithm.ES256);
        }
      } catch (JOSEException e) {
        throw new IllegalArgumentException("unusable key " + kid, e);
      }
    }
    this.verifiers = Map.copyOf(v);
    this.keyAlgorithms = Map.copyOf(a);
  }

  /**
   * Starts a builder.
   *
   * @param issuer the only trusted {@code iss}; never {@code null}
   * @param audience this service's {@code aud} value; never {@code null}
   * @param keys the issuer's public keys (Ed25519 OKP or P-256 EC, each with a {@code kid}); others
   *     are ignored; never {@code null}
   * @return the builder
   */
  public static Builder builder(String issuer, String audience, JWKSet keys) {
    return new Builder(issuer, audience, keys);
  }

  /** Configures a {@link TokenVerifier}. */
  public static final class Builder {
    private final String issuer;
    private final String audience;
    private final JWKSet keys;
    private Clock clock = Clock.systemUTC();
    private final Set<JWSAlgorithm> algorithms = new HashSet<>(Set.of(JWSAlgorithm.EdDSA));
    private Duration maxSkew = Duration.ofSeconds(30);
    private int maxTokenBytes = 8192;

    private Builder(String issuer, String audience, JWKSet keys) {
      this.issuer = Objects.requireNonNull(issuer, "issuer == null");
      this.audience = Objects.requireNonNull(audience, "audience == null");
      this.keys = Objects.requireNonNull(keys, "keys == null");
    }

    /**
     * The time source.
     *
     * @param clock never {@code null}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Also accepts ES256 tokens (for gateways that sign with P-256).
     *
     * @return this
     */
    public Builder allowEs256() {
      algorithms.add(JWSAlgorithm.ES256);
      return this;
    }

    /**
     * The clock skew tolerated on {@code exp}, {@code nbf} and {@code iat}: 0 to 5 minutes; default
     * 30 seconds.
     *
     * @param maxSkew never {@code null}
     * @return this
     */
    public Builder maxClockSkew(Duration maxSkew) {
      Objects.requireNonNull(maxSkew, "maxSkew == null");
      if (maxSkew.isNegative() || maxSkew.compareTo(Duration.ofMinutes(5)) > 0) {
        throw InvalidInputException.of("maxSkew", "must be between 0 and 5 minutes");
      }
      this.maxSkew = maxSkew;
      return this;
    }

    /**
     * The largest token accepted, 256 to 65536 bytes; default 8192.
     *
     * @param maxTokenBytes the limit
     * @return this
     */
    public Builder maxTokenBytes(int maxTokenBytes) {
      if (maxTokenBytes < 256 || maxTokenBytes > 65536) {
        throw InvalidInputException.of("maxTokenBytes", "must be between 256 and 65536");
      }
      this.maxTokenBytes = maxTokenBytes;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return never {@code null}
     */
    public TokenVerifier build() {
      return new TokenVerifier(this);
    }
  }

  /**
   * Verifies a token.
   *
   * @param token the compact JWT; never {@code null}
   * @return its verified content
   * @throws TokenInvalidException if any check fails; {@link TokenInvalidException#reason()} says
   *     which
   */
  public AccessToken verify(String token) throws TokenInvalidException {
    Objects.requireNonNull(token, "token == null");
    JWTClaimsSet claims = verifySignature(token, TokenIssuer.ACCESS_TOKEN_TYPE);
    checkClaims(claims);
    try {
      Principal sub =
          Principal.tryParse(claims.getSubject())
              .orElseThrow(() -> new TokenInvalidException(Reason.BAD_CLAIMS, "sub malformed"));
      TokenRole role =
          TokenRole.fromClaim(claims.getStringClaim("role"))
              .orElseThrow(() -> new TokenInvalidException(Reason.BAD_CLAIMS, "role unknown"));
      String scope = claims.getStringClaim("scope");
      Set<String> scopes = new HashSet<>();
      if (scope != null && !scope.isEmpty()) {
        scopes.addAll(List.of(scope.split(" ")));
      }
      Set<ConsentId> consents = new HashSet<>();
      List<String> consentClaim = claims.getStringListClaim("consents");
      if (consentClaim != null) {
        for (String c : consentClaim) {
          consents.add(
              ConsentId.tryParse(c)
                  .orElseThrow(
                      () -> new TokenInvalidException(Reason.BAD_CLAIMS, "consents malformed")));
        }
      }
      return new AccessToken(
          claims.getJWTID(),
          sub,
          role,
          scopes,
          consents,
          audience,
          claims.getIssueTime().toInstant(),
          claims.getExpirationTime().toInstant());
    } catch (ParseException | InvalidInputException e) {
      throw new TokenInvalidException(Reason.BAD_CLAIMS, "claims malformed", e);
    }
  }

  JWTClaimsSet verifySignature(String token, JOSEObjectType type) throws TokenInvalidException {
    if (token.length() > maxTokenBytes) {
      throw new TokenInvalidException(Reason.OVERSIZED, "token larger than " + maxTokenBytes);
    }
    if (token.chars().filter(c -> c == '.').count() != 2) {
      throw new TokenInvalidException(Reason.MALFORMED, "not a compact JWS");
    }
    SignedJWT jwt;
    try {
      jwt = SignedJWT.parse(token);
    } catch (ParseException e) {
      throw new TokenInvalidException(Reason.MALFORMED, "not a signed JWT", e);
    }
    JWSHeader h = jwt.getHeader();
    JWSAlgorithm alg = h.getAlgorithm();
    if (!algorithms.contains(alg)) {
      throw new TokenInvalidException(Reason.ALGORITHM_NOT_ALLOWED, "alg not allowed");
    }
    if (!type.equals(h.getType()) || h.getCriticalParams() != null) {
      throw new TokenInvalidException(Reason.WRONG_TYPE, "typ must be " + type);
    }
    String kid = h.getKeyID();
    JWSVerifier verifier = kid == null ? null : verifiers.get(kid);
    if (verifier == null) {
      throw new TokenInvalidException(Reason.UNKNOWN_KEY, "kid not in the trusted key set");
    }
    if (!alg.equals(keyAlgorithms.get(kid))) {
      throw new TokenInvalidException(Reason.KEY_MISMATCH, "key " + kid + " is not for " + alg);
    }
    try {
      if (!jwt.verify(verifier)) {
        throw new TokenInvalidException(Reason.BAD_SIGNATURE, "signature does not verify");
      }
      return jwt.getJWTClaimsSet();
    } catch (JOSEException e) {
      throw new TokenInvalidException(Reason.BAD_SIGNATURE, "signature does not verify", e);
    } catch (ParseException e) {
      throw new TokenInvalidException(Reason.MALFORMED, "claims are not JSON", e);
    }
  }

  private void checkClaims(JWTClaimsSet claims) throws TokenInvalidException {
    if (!issuer.equals(claims.getIssuer())) {
      throw new TokenInvalidException(Reason.WRONG_ISSUER, "iss is not the trusted issuer");
    }
    if (claims.getAudience() == null || !claims.getAudience().contains(audience)) {
      throw new TokenInvalidException(Reason.WRONG_AUDIENCE, "aud does not name this service");
    }
    DefaultJWTClaimsVerifier<?> nimbus =
        new DefaultJWTClaimsVerifier<>(
            audience,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp", "iat", "nbf", "jti", "role")) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        };
    nimbus.setMaxClockSkew(maxSkewSeconds);
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    Date nbf = claims.getNotBeforeTime();
    Date iat = claims.getIssueTime();
    if (exp != null && now.isAfter(exp.toInstant().plusSeconds(maxSkewSeconds))) {
      throw new TokenInvalidException(Reason.EXPIRED, "token expired");
    }
    if ((nbf != null && now.isBefore(nbf.toInstant().minusSeconds(maxSkewSeconds)))
        || (iat != null && now.isBefore(iat.toInstant().minusSeconds(maxSkewSeconds)))) {
      throw new TokenInvalidException(Reason.NOT_YET_VALID, "token not yet valid");
    }
    try {
      nimbus.verify(claims, null);
    } catch (BadJWTException e) {
      throw new TokenInvalidException(Reason.BAD_CLAIMS, "claims rejected: " + e.getMessage(), e);
    }
    if (Duration.between(iat.toInstant(), exp.toInstant()).compareTo(TokenIssuer.MAX_LIFETIME)
        > 0) {
      throw new TokenInvalidException(Reason.LIFETIME_TOO_LONG, "exp - iat exceeds one hour");
    }
  }
}
