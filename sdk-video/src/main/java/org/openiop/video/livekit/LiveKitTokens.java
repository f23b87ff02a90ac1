package org.openiop.video.livekit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Mints LiveKit access tokens: HS256 JWTs with {@code iss} = API key, {@code sub} = identity,
 * {@code nbf}, {@code exp}, {@code jti} and the {@code video} grant. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveKitTokens {
  private static final JWSHeader HEADER =
      new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

  private final LiveKitCredentials credentials;
  private final MACSigner signer;
  private final Clock clock;

  /**
   * Creates a token minter.
   *
   * @param credentials never {@code null}
   * @param clock never {@code null}
   */
  public LiveKitTokens(LiveKitCredentials credentials, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    try {
      this.signer = new MACSigner(credentials.secret());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable API secret", e);
    }
  }

  /**
   * Mints an access token.
   *
   * @param identity the participant identity ({@code sub}); never {@code null}
   * @param grant the video grant; never {@code null}
   * @param expiresAt the expiry; never {@code null}
   * @return the compact JWS; a secret credential
   */
  public String mint(String identity, VideoGrant grant, Instant expiresAt) {
    Objects.requireNonNull(identity, "identity == null");
    Objects.requireNonNull(grant, "grant == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(credentials.apiKey())
            .subject(identity)
            .jwtID(identity)
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .claim("video", grant.toClaim())
            .build();
    return sign(claims);
  }

  /**
   * Mints a short-lived token for RoomService calls.
   *
   * @param grant a service grant; never {@code null}
   * @return the compact JWS
   */
  String service(VideoGrant grant) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(credentials.apiKey())
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
            .claim("video", grant.toClaim())
            .build();
    return sign(claims);
  }

  private String sign(JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return jwt.serialize();
  }
}
