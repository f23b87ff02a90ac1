package org.openiop.video.spi;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The platform could not be reached, timed out or answered with a server error; retrying may help.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VideoUnavailableException extends VideoException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param provider the provider's name
   * @param message what failed, without secrets or PHI
   * @param statusCode the HTTP status, or 0 when there was none
   * @param errorCode the platform's error code, or {@code null}
   * @param cause the underlying failure, or {@code null}
   */
  public VideoUnavailableException(
      String provider,
      String message,
      int statusCode,
      @Nullable String errorCode,
      @Nullable Throwable cause) {
    super(provider, message, statusCode, errorCode, cause);
  }
}
