package org.openiop.video.spi;

import java.time.Duration;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The platform asked the caller to slow down (HTTP 429).
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VideoRateLimitedException extends VideoException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  /**
   * Creates an exception.
   *
   * @param provider the provider's name
   * @param message what failed, without secrets or PHI
   * @param statusCode the HTTP status
   * @param errorCode the platform's error code, or {@code null}
   * @param retryAfter how long the platform asked to wait, or {@code null}
   */
  public VideoRateLimitedException(
      String provider,
      String message,
      int statusCode,
      @Nullable String errorCode,
      @Nullable Duration retryAfter) {
    super(provider, message, statusCode, errorCode, null);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the platform asked to wait before the next call.
   *
   * @return the wait, or {@code null} when the platform did not say
   */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
