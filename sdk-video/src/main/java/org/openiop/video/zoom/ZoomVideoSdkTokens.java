package org.openiop.video.zoom;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.VideoRole;

/**
 * Mints Zoom Video SDK session JWTs: HS256 over {@code app_key}, {@code tpc} (session name), {@code
 * role_type} (1 host, 0 participant), {@code version} 1, {@code iat}, {@code exp}, and {@code
 * user_identity} (the OpenIOP identity, never a name).
 *
 * <p>Zoom's limits are enforced before signing: {@code exp} between 30 minutes and 48 hours after
 * {@code iat}, a session name of 1-200 characters, an identity of at most 35 characters. Zoom has
 * no observer role; observers get {@code role_type} 0 and the app must keep their media off.
 * Thread-safe; the secret is never exposed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ZoomVideoSdkTokens {
  /** The shortest token lifetime Zoom accepts. */
  public static final Duration MIN_LIFETIME = Duration.ofMinutes(30);

  /** The longest token lifetime Zoom accepts. */
  public static final Duration MAX_LIFETIME = Duration.ofHours(48);

  private static final JWSHeader HEADER =
      new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build();

  private final String sdkKey;
  private final MACSigner signer;
  private final Clock clock;

  /**
   * Creates a token minter.
   *
   * @param sdkKey the Video SDK key ({@code app_key}); never {@code null}
   * @param sdkSecret the Video SDK secret, at least 32 bytes; never {@code null}
   * @param clock never {@code null}
   */
  public ZoomVideoSdkTokens(String sdkKey, String sdkSecret, Clock clock) {
    this.sdkKey = Objects.requireNonNull(sdkKey, "sdkKey == null");
    Objects.requireNonNull(sdkSecret, "sdkSecret == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    try {
      this.signer = new MACSigner(sdkSecret.getBytes(StandardCharsets.UTF_8));
    } catch (JOSEException e) {
      throw new IllegalArgumentException("sdkSecret shorter than 32 bytes", e);
    }
  }

  /**
   * Mints a session token.
   *
   * @param sessionName the session name ({@code tpc}), 1-200 characters; never {@code null}
   * @param person who; identity of at most 35 characters; never {@code null}
   * @param role hosts get {@code role_type} 1; never {@code null}
   * @param lifetime 30 minutes to 48 hours; never {@code null}
   * @return the compact JWS; a secret credential
   * @throws InvalidInputException when a Zoom limit is broken
   */
  public String mint(String sessionName, PersonRef person, VideoRole role, Duration lifetime) {
    Objects.requireNonNull(sessionName, "sessionName == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (sessionName.isEmpty() || sessionName.length() > 200) {
      throw InvalidInputException.of("sessionName", "must be 1-200 characters");
    }
    if (person.identity().length() > 35) {
      throw InvalidInputException.of("person", "identity longer than Zoom's 35 characters");
    }
    if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw InvalidInputException.of("lifetime", "must be between PT30M and PT48H");
    }
    Instant now = clock.instant();
    long iat = now.getEpochSecond();
    JsonObjectBuilder payload =
        Json.createObjectBuilder()
            .add("app_key", sdkKey)
            .add("tpc", sessionName)
            .add("role_type", role.moderates() ? 1 : 0)
            .add("version", 1)
            .add("user_identity", person.identity())
            .add("iat", iat)
            .add("exp", iat + lifetime.toSeconds());
    JWSObject jws = new JWSObject(HEADER, new Payload(payload.build().toString()));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("HS256 signing failed", e);
    }
    return jws.serialize();
  }
}
