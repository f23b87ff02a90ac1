package org.openiop.video.spi;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A video platform refused or failed a request; the root of the provider failure family.
 *
 * <p>Subclasses name the category: {@link VideoAuthException}, {@link VideoNotFoundException},
 * {@link VideoRateLimitedException}, {@link VideoUnavailableException} and {@link
 * VideoInvalidRequestException}. Messages carry the provider name, operation and platform codes,
 * never tokens, secrets or PHI. When a request failed after it was sent, the platform may still
 * have carried it out.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public class VideoException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String provider;
  private final int statusCode;
  private final @Nullable String errorCode;

  /**
   * Creates an exception.
   *
   * @param provider the provider's name
   * @param message what failed, without secrets or PHI
   * @param statusCode the HTTP status, or 0 when there was none
   * @param errorCode the platform's error code, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public VideoException(
      String provider,
      String message,
      int statusCode,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(provider + ": " + message, cause);
    this.provider = provider;
    this.statusCode = statusCode;
    this.errorCode = errorCode;
  }

  /**
   * The provider's name.
   *
   * @return never {@code null}
   */
  public String provider() {
    return provider;
  }

  /**
   * The HTTP status of the failed call.
   *
   * @return 0 when the call got no HTTP answer
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The platform's own error code (Janus {@code error_code}, Twirp {@code code}).
   *
   * @return the code, or {@code null}
   */
  public @Nullable String errorCode() {
    return errorCode;
  }
}
