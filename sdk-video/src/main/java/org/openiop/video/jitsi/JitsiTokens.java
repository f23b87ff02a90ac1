package org.openiop.video.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.VideoRole;

/**
 * Mints Jitsi Meet JWTs, either for a self-hosted deployment with Prosody token auth (HS256, shared
 * app secret) or for 8x8 JaaS (RS256, key id {@code <AppID>/<key id>}).
 *
 * <p>Claims: {@code aud} ({@code jitsi}), {@code iss} (the app id, or {@code chat} for JaaS),
 * {@code sub} (the domain, or the JaaS AppID), {@code room}, {@code nbf}, {@code exp}, and {@code
 * context.user} with {@code id} and {@code name} set to the OpenIOP identity (never a real name)
 * and {@code moderator} for hosts. JaaS tokens add {@code context.features} ({@code recording} only
 * for hosts of rooms with a recording consent; the rest off). Hosts also get {@code lobby_bypass}
 * and {@code affiliation=owner} on self-hosted deployments (read by the common lobby and
 * affiliation Prosody modules; ignored where those are absent). Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JitsiTokens {
  private final JWSSigner signer;
  private final JWSHeader header;
  private final String issuer;
  private final String subject;
  private final boolean jaas;
  private final Clock clock;

  private JitsiTokens(
      JWSSigner signer,
      JWSHeader header,
      String issuer,
      String subject,
      boolean jaas,
      Clock clock) {
    this.signer = signer;
    this.header = header;
    this.issuer = issuer;
    this.subject = subject;
    this.jaas = jaas;
    this.clock = clock;
  }

  /**
   * Tokens for a self-hosted Jitsi with {@code authentication = "token"}.
   *
   * @param appId the {@code app_id} (the tokens' {@code iss}); never {@code null}
   * @param appSecret the {@code app_secret}, at least 32 bytes; never {@code null}
   * @param domain the XMPP domain (the tokens' {@code sub}); never {@code null}
   * @param clock never {@code null}
   * @return the token minter
   */
  public static JitsiTokens selfHosted(String appId, String appSecret, String domain, Clock clock) {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(appSecret, "appSecret == null");
    Objects.requireNonNull(domain, "domain == null");
    Objects.requireNonNull(clock, "clock == null");
    try {
      return new JitsiTokens(
          new MACSigner(appSecret.getBytes(StandardCharsets.UTF_8)),
          new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
          appId,
          domain,
          false,
          clock);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("appSecret shorter than 32 bytes", e);
    }
  }

  /**
   * Tokens for 8x8 JaaS.
   *
   * @param appId the JaaS AppID ({@code vpaas-magic-cookie-...}); never {@code null}
   * @param keyId the API key's id as listed in the JaaS console (the part after the slash); never
   *     {@code null}
   * @param privateKey the API key's RSA private key; never {@code null}
   * @param clock never {@code null}
   * @return the token minter
   */
  public static JitsiTokens jaas(
      String appId, String keyId, RSAPrivateKey privateKey, Clock clock) {
    Objects.requireNonNull(appId, "appId == null");
    Objects.requireNonNull(keyId, "keyId == null");
    Objects.requireNonNull(privateKey, "privateKey == null");
    Objects.requireNonNull(clock, "clock == null");
    return new JitsiTokens(
        new RSASSASigner(privateKey),
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .type(JOSEObjectType.JWT)
            .keyID(appId + "/" + keyId)
            .build(),
        "chat",
        appId,
        true,
        clock);
  }

  /**
   * Mints a token for one person in one room.
   *
   * @param room the room name; never {@code null}
   * @param person who; never {@code null}
   * @param role the role; hosts are moderators; never {@code null}
   * @param recordingAllowed whether the room may record (JaaS {@code recording} feature, hosts
   *     only)
   * @param expiresAt the expiry; never {@code null}
   * @return the compact JWS; a secret credential
   */
  public String mint(
      String room, PersonRef person, VideoRole role, boolean recordingAllowed, Instant expiresAt) {
    Objects.requireNonNull(room, "room == null");
    Objects.requireNonNull(person, "person == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    boolean moderator = role.moderates();
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", person.identity());
    user.put("name", person.identity());
    Map<String, Object> context = new LinkedHashMap<>();
    if (jaas) {
      user.put("moderator", Boolean.toString(moderator));
      Map<String, Object> features = new LinkedHashMap<>();
      features.put("livestreaming", "false");
      features.put("recording", Boolean.toString(moderator && recordingAllowed));
      features.put("transcription", "false");
      features.put("outbound-call", "false");
      context.put("user", user);
      context.put("features", features);
    } else {
      user.put("moderator", moderator);
      if (moderator) {
        user.put("affiliation", "owner");
        user.put("lobby_bypass", true);
      }
      context.put("user", user);
    }
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .audience("jitsi")
            .issuer(issuer)
            .subject(subject)
            .claim("room", room)
            .notBeforeTime(java.util.Date.from(now))
            .expirationTime(java.util.Date.from(expiresAt))
            .claim("context", context)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("Jitsi token signing failed", e);
    }
    return jwt.serialize();
  }
}
