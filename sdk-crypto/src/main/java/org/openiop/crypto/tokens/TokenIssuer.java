package org.openiop.crypto.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.keys.Principal;

/**
 * Issues short-lived access tokens: JWTs (RFC 7519) of type {@code at+jwt} (RFC 9068) signed with
 * EdDSA (default) or ES256.
 *
 * <p>Claims: {@code iss}, {@code sub} (principal text), {@code aud}, {@code iat}, {@code nbf},
 * {@code exp}, {@code jti} (128 random bits), {@code role}, {@code scope} (space-separated) and
 * {@code consents} (array of consent ids). Immutable and safe for concurrent use.
 *
 * <pre>{@code
 * TokenIssuer issuer = TokenIssuer.builder("https://iop.example", key).clock(clock).build();
 * String jwt = issuer.issue(participant, TokenRole.PARTICIPANT, "api://sessions",
 *     List.of("sessions:join"), List.of(consentId));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TokenIssuer {
  /** The {@code typ} of access tokens (RFC 9068). */
  public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

  /** The longest lifetime a token may have. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(1);

  private final String issuer;
  private final TokenSigningKey key;
  private final Clock clock;
  private final Duration lifetime;
  private final SecureRandom random = new SecureRandom();

  private TokenIssuer(Builder b) {
    this.issuer = b.issuer;
    this.key = b.key;
    this.clock = b.clock;
    this.lifetime = b.lifetime;
  }

  /**
   * Starts a builder.
   *
   * @param issuer the {@code iss}; never {@code null}
   * @param key the signing key; never {@code null}
   * @return the builder
   */
  public static Builder builder(String issuer, TokenSigningKey key) {
    return new Builder(issuer, key);
  }

  /** Configures a {@link TokenIssuer}. */
  public static final class Builder {
    private final String issuer;
    private final TokenSigningKey key;
    private Clock clock = Clock.systemUTC();
    private Duration lifetime = Duration.ofMinutes(5);

    private Builder(String issuer, TokenSigningKey key) {
      this.issuer = Objects.requireNonNull(issuer, "issuer == null");
      this.key = Objects.requireNonNull(key, "key == null");
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
     * How long tokens live: 1 second to {@link #MAX_LIFETIME}; default 5 minutes.
     *
     * @param lifetime never {@code null}
     * @return this
     */
    public Builder lifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime == null");
      if (lifetime.compareTo(Duration.ofSeconds(1)) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
        throw InvalidInputException.of("lifetime", "must be between 1 second and 1 hour");
      }
      this.lifetime = lifetime;
      return this;
    }

    /**
     * Builds the issuer.
     *
     * @return never {@code null}
     */
    public TokenIssuer build() {
      return new TokenIssuer(this);
    }
  }

  /**
   * Issues a token.
   *
   * @param subject whom it is for; never {@code null}
   * @param role the role granted; never {@code null}
   * @param audience the service that will accept it; never {@code null}
   * @param scopes what it allows; never {@code null}
   * @param consents consents the holder acts under; never {@code null}
   * @return the compact JWT
   */
  public String issue(
      Principal subject,
      TokenRole role,
      String audience,
      Collection<String> scopes,
      Collection<ConsentId> consents) {
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(audience, "audience == null");
    Objects.requireNonNull(scopes, "scopes == null");
    Objects.requireNonNull(consents, "consents == null");
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    byte[] jti = new byte[16];
    random.nextBytes(jti);
    AccessToken token =
        new AccessToken(
            Encoding.b64(jti),
            subject,
            role,
            new TreeSet<>(scopes),
            new TreeSet<>(consents),
            audience,
            now,
            now.plus(lifetime));
    List<String> consentIds = token.consents().stream().map(ConsentId::value).sorted().toList();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject.text())
            .audience(audience)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(token.expiresAt()))
            .jwtID(token.tokenId())
            .claim("role", role.claim())
            .claim("scope", String.join(" ", new TreeSet<>(token.scopes())))
            .claim("consents", consentIds)
            .build();
    JWSHeader header =
        new JWSHeader.Builder(key.algorithm()).keyID(key.keyId()).type(ACCESS_TOKEN_TYPE).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(key.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("token signing failed", e);
    }
    return jwt.serialize();
  }

  @Override
  public String toString() {
    return "TokenIssuer[" + issuer + ", " + key + "]";
  }
}
