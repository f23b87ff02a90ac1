package org.openiop.video.livekit;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A LiveKit API key and its secret. The secret is never printed; {@link #toString()} shows the key
 * only.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LiveKitCredentials {
  private final String apiKey;
  private final byte[] apiSecret;

  private LiveKitCredentials(String apiKey, byte[] apiSecret) {
    this.apiKey = apiKey;
    this.apiSecret = apiSecret;
  }

  /**
   * Wraps a key and secret.
   *
   * @param apiKey the API key (the tokens' {@code iss}); never {@code null} or blank
   * @param apiSecret the API secret, at least 32 bytes in UTF-8 (HS256 needs 256 bits); never
   *     {@code null}
   * @return the credentials
   */
  public static LiveKitCredentials of(String apiKey, String apiSecret) {
    Objects.requireNonNull(apiKey, "apiKey == null");
    Objects.requireNonNull(apiSecret, "apiSecret == null");
    if (apiKey.isBlank()) {
      throw new IllegalArgumentException("apiKey is blank");
    }
    byte[] secret = apiSecret.getBytes(StandardCharsets.UTF_8);
    if (secret.length < 32) {
      throw new IllegalArgumentException("apiSecret shorter than 32 bytes");
    }
    return new LiveKitCredentials(apiKey, secret);
  }

  /**
   * The API key.
   *
   * @return never {@code null}
   */
  public String apiKey() {
    return apiKey;
  }

  byte[] secret() {
    return apiSecret.clone();
  }

  @Override
  public String toString() {
    return "LiveKitCredentials{apiKey=" + apiKey + ", apiSecret=<redacted>}";
  }
}
