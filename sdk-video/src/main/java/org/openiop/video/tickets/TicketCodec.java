package org.openiop.video.tickets;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.VideoRole;

/**
 * Mints and verifies join tickets as HS256 JWTs with the claims {@code iss}, {@code aud} (room),
 * {@code sub} (person identity), {@code role}, {@code iat}, {@code exp} and {@code jti}.
 *
 * <h2>Security guarantees</h2>
 *
 * Verification fails closed: it requires the HS256 algorithm, a valid MAC under the codec's key,
 * this codec's issuer, the expected room, a known role and person, and an expiry in the future by
 * the codec's clock (at most {@link #MAX_SKEW} of leeway). The key is at least 32 bytes and is
 * never exposed or printed.
 *
 * <pre>{@code
 * TicketCodec codec = TicketCodec.hs256(secret, "openiop-loopback", clock);
 * String token = codec.mint(room, person, VideoRole.PARTICIPANT, clock.instant().plusSeconds(3600));
 * VerifiedTicket ticket = codec.verify(token, room);
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class TicketCodec {
  /** The most clock skew tolerated when checking expiry. */
  public static final Duration MAX_SKEW = Duration.ofSeconds(30);

  private static final JWSHeader HEADER = new JWSHeader(JWSAlgorithm.HS256);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final MACSigner signer;
  private final JWSVerifier verifier;
  private final String issuer;
  private final Clock clock;

  private TicketCodec(byte[] secret, String issuer, Clock clock) throws JOSEException {
    this.signer = new MACSigner(secret);
    this.verifier = new MACVerifier(secret);
    this.issuer = issuer;
    this.clock = clock;
  }

  /**
   * Makes a codec with an HMAC-SHA256 key.
   *
   * @param secret at least 32 bytes; copied; never {@code null}
   * @param issuer the {@code iss} to write and require; never {@code null}
   * @param clock the clock for {@code iat} and expiry checks; never {@code null}
   * @return the codec
   * @throws IllegalArgumentException when the secret is shorter than 32 bytes
   */
  public static TicketCodec hs256(byte[] secret, String issuer, Clock clock) {
    Objects.requireNonNull(secret, "secret == null");
    Objects.requireNonNull(issuer, "issuer == null");
    Objects.requireNonNull(clock, "clock == null");
    if (secret.length < 32) {
      throw new IllegalArgumentException("secret shorter than 32 bytes");
    }
    try {
      return new TicketCodec(secret.clone(), issuer, clock);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable HMAC key", e);
    }
  }

  /**
   * Mints a ticket.
   *
   * @param room the room; never {@code null}
   * @param person who; never {@code null}
   * @param role which role; never {@code null}
   * @param expiresAt when it expires; never {@code null}
   * @return the compact JWS; a secret credential
   */
  public String mint(RoomId room, PersonRef person, VideoRole role, Instant expiresAt) {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    byte[] jti = new byte[16];
    RANDOM.nextBytes(jti);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .audience(room.value())
            .subject(person.identity())
            .claim("role", role.name())
            .issueTime(Date.from(clock.instant()))
            .expirationTime(Date.from(expiresAt))
            .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(jti))
            .build();
    SignedJWT jwt = new SignedJWT(HEADER, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return jwt.serialize();
  }

  /**
   * Verifies a ticket for a room.
   *
   * @param token the compact JWS; never {@code null}
   * @param expectedRoom the room the holder wants to enter; never {@code null}
   * @return the verified claims
   * @throws TicketInvalidException when any check fails
   */
  public VerifiedTicket verify(String token, RoomId expectedRoom) throws TicketInvalidException {
    Objects.requireNonNull(token, "token == null");
    Objects.requireNonNull(expectedRoom, "expectedRoom == null");
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        throw new TicketInvalidException("ticket algorithm is not HS256");
      }
      if (!jwt.verify(verifier)) {
        throw new TicketInvalidException("ticket signature invalid");
      }
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException e) {
      throw new TicketInvalidException("ticket malformed");
    }
    if (!issuer.equals(claims.getIssuer())) {
      throw new TicketInvalidException("ticket issuer wrong");
    }
    List<String> audience = claims.getAudience();
    if (audience == null || !audience.equals(List.of(expectedRoom.value()))) {
      throw new TicketInvalidException("ticket is for another room");
    }
    Date exp = claims.getExpirationTime();
    if (exp == null || !exp.toInstant().plus(MAX_SKEW).isAfter(clock.instant())) {
      throw new TicketInvalidException("ticket expired");
    }
    PersonRef person =
        PersonRef.parseIdentity(claims.getSubject())
            .orElseThrow(() -> new TicketInvalidException("ticket subject malformed"));
    VideoRole role;
    try {
      Object raw = claims.getClaim("role");
      role = VideoRole.valueOf(raw instanceof String s ? s : "");
    } catch (IllegalArgumentException e) {
      throw new TicketInvalidException("ticket role unknown");
    }
    String jti = claims.getJWTID();
    if (jti == null) {
      throw new TicketInvalidException("ticket has no id");
    }
    return new VerifiedTicket(expectedRoom, person, role, exp.toInstant(), jti);
  }
}
