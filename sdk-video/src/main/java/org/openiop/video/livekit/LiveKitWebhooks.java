package org.openiop.video.livekit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Verifies (and, for tests and relays, signs) LiveKit webhooks: the {@code Authorization} header is
 * an HS256 JWT by the API key whose {@code sha256} claim is the Base64 SHA-256 of the raw body.
 *
 * <h2>Security guarantees</h2>
 *
 * {@link #verify} fails closed unless the token is HS256, its MAC is valid under the API secret,
 * {@code iss} is the API key, {@code exp} is present and not passed and {@code nbf} not in the
 * future (by the injected clock, with at most {@link #LEEWAY} of skew), and the digest matches the
 * exact bytes received. Verify the raw body before parsing it. Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveKitWebhooks {
  /** The clock skew tolerated on {@code exp} and {@code nbf}. */
  public static final Duration LEEWAY = Duration.ofSeconds(60);

  private final LiveKitCredentials credentials;
  private final MACSigner signer;
  private final MACVerifier verifier;
  private final Clock clock;

  /**
   * Creates a verifier.
   *
   * @param credentials never {@code null}
   * @param clock never {@code null}
   */
  public LiveKitWebhooks(LiveKitCredentials credentials, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    try {
      this.signer = new MACSigner(credentials.secret());
      this.verifier = new MACVerifier(credentials.secret());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("unusable API secret", e);
    }
  }

  /**
   * Signs a body the way LiveKit does, for tests and for relaying events.
   *
   * @param body the exact body; never {@code null}
   * @return the {@code Authorization} header value
   */
  public String sign(String body) {
    Objects.requireNonNull(body, "body == null");
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(credentials.apiKey())
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
            .claim("sha256", digest(body))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return jwt.serialize();
  }

  /**
   * Verifies a webhook and parses its event.
   *
   * @param body the exact body received; never {@code null}
   * @param authorization the {@code Authorization} header, with or without {@code Bearer}; may be
   *     {@code null} (then verification fails)
   * @return the event
   * @throws WebhookInvalidException when any check fails
   */
  public LiveKitWebhookEvent verify(String body, @Nullable String authorization)
      throws WebhookInvalidException {
    Objects.requireNonNull(body, "body == null");
    if (authorization == null || authorization.isBlank()) {
      throw new WebhookInvalidException("webhook has no Authorization header");
    }
    String token = authorization.startsWith("Bearer ") ? authorization.substring(7) : authorization;
    JWTClaimsSet claims;
    try {
      SignedJWT jwt = SignedJWT.parse(token.trim());
      if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())) {
        throw new WebhookInvalidException("webhook token algorithm is not HS256");
      }
      if (!jwt.verify(verifier)) {
        throw new WebhookInvalidException("webhook signature invalid");
      }
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException e) {
      throw new WebhookInvalidException("webhook token malformed");
    }
    if (!credentials.apiKey().equals(claims.getIssuer())) {
      throw new WebhookInvalidException("webhook issuer is not the API key");
    }
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null || exp.toInstant().plus(LEEWAY).isBefore(now)) {
      throw new WebhookInvalidException("webhook token expired");
    }
    Date nbf = claims.getNotBeforeTime();
    if (nbf != null && nbf.toInstant().minus(LEEWAY).isAfter(now)) {
      throw new WebhookInvalidException("webhook token not yet valid");
    }
    Object sha = claims.getClaim("sha256");
    if (!(sha instanceof String signed)
        || !MessageDigest.isEqual(
            signed.getBytes(StandardCharsets.US_ASCII),
            digest(body).getBytes(StandardCharsets.US_ASCII))) {
      throw new WebhookInvalidException("webhook body does not match its signed digest");
    }
    return parse(body);
  }

  private static LiveKitWebhookEvent parse(String body) throws WebhookInvalidException {
    JsonObject json;
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      json = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new WebhookInvalidException("webhook body is not a JSON object");
    }
    String event = string(json, "event");
    if (event == null) {
      throw new WebhookInvalidException("webhook has no event");
    }
    JsonObject room = json.get("room") instanceof JsonObject r ? r : null;
    JsonObject participant = json.get("participant") instanceof JsonObject p ? p : null;
    String reason = participant == null ? null : string(participant, "disconnectReason");
    if (reason == null && participant != null) {
      reason = string(participant, "disconnect_reason");
    }
    return new LiveKitWebhookEvent(
        event,
        room == null ? null : string(room, "name"),
        participant == null ? null : string(participant, "identity"),
        reason,
        Instant.ofEpochSecond(seconds(json)));
  }

  private static long seconds(JsonObject json) throws WebhookInvalidException {
    JsonValue v = json.containsKey("createdAt") ? json.get("createdAt") : json.get("created_at");
    try {
      if (v instanceof JsonNumber n) {
        return n.longValueExact();
      }
      if (v instanceof JsonString s) {
        return Long.parseLong(s.getString());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      throw new WebhookInvalidException("webhook createdAt malformed");
    }
    throw new WebhookInvalidException("webhook has no createdAt");
  }

  private static @Nullable String string(JsonObject o, String name) {
    return o.get(name) instanceof JsonString s ? s.getString() : null;
  }

  private static String digest(String body) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
  }
}
