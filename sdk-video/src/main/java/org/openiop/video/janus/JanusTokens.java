package org.openiop.video.janus;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apiguardian.api.API;

/**
 * Janus signed tokens ({@code token_auth_secret} in {@code janus.jcfg}): {@code
 * <exp>,janus,<plugin>:<base64 HMAC-SHA1>} over the part before the colon.
 *
 * <p>A token made here admits its holder to the Janus API and the VideoRoom plugin until {@code
 * exp}; Janus itself checks the expiry and the signature. Thread-safe; the secret is never exposed
 * or printed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JanusTokens {
  /** The plugin the tokens grant. */
  public static final String VIDEOROOM = "janus.plugin.videoroom";

  private final SecretKeySpec key;

  private JanusTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA1");
  }

  /**
   * Tokens under a shared secret.
   *
   * @param secret the {@code token_auth_secret}; never {@code null} or empty
   * @return the token maker
   */
  public static JanusTokens withSecret(String secret) {
    Objects.requireNonNull(secret, "secret == null");
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("secret is empty");
    }
    return new JanusTokens(secret.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Makes a token for the VideoRoom plugin.
   *
   * @param expiresAt when it stops working (whole seconds); never {@code null}
   * @return the token; a secret credential
   */
  public String videoRoomToken(Instant expiresAt) {
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    String data = expiresAt.getEpochSecond() + ",janus," + VIDEOROOM;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(key);
      byte[] sig = mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
      return data + ":" + Base64.getEncoder().encodeToString(sig);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "JanusTokens{secret=<redacted>}";
  }
}
