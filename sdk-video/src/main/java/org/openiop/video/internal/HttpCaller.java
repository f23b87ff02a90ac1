package org.openiop.video.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import org.openiop.video.spi.RetryPolicy;
import org.openiop.video.spi.VideoAuthException;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoInvalidRequestException;
import org.openiop.video.spi.VideoNotFoundException;
import org.openiop.video.spi.VideoRateLimitedException;
import org.openiop.video.spi.VideoUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes HTTP calls for a provider: maps failures to the {@link VideoException} family and
 * retries idempotent calls with backoff and jitter. Logs method, path (never the query, which may
 * hold a token), status and attempt only; never headers or bodies. Thread-safe.
 */
public final class HttpCaller {
  private static final Logger LOG = LoggerFactory.getLogger(HttpCaller.class);

  /** Waits between attempts; replaced in tests. */
  @FunctionalInterface
  public interface Sleeper {
    /**
     * Waits.
     *
     * @param duration how long
     * @throws InterruptedException when interrupted
     */
    void sleep(Duration duration) throws InterruptedException;
  }

  private final String provider;
  private final OkHttpClient client;
  private final RetryPolicy retry;
  private final Sleeper sleeper;
  private final RandomGenerator random;
  private final Function<String, @Nullable String> errorCodeOf;

  /**
   * Creates a caller.
   *
   * @param provider the provider's name for messages
   * @param client the HTTP client, with its timeouts set
   * @param retry the retry policy for idempotent calls
   * @param sleeper how to wait between attempts
   * @param random the jitter source
   * @param errorCodeOf extracts the platform's error code from an error body, or null
   */
  public HttpCaller(
      String provider,
      OkHttpClient client,
      RetryPolicy retry,
      Sleeper sleeper,
      RandomGenerator random,
      Function<String, @Nullable String> errorCodeOf) {
    this.provider = Objects.requireNonNull(provider);
    this.client = Objects.requireNonNull(client);
    this.retry = Objects.requireNonNull(retry);
    this.sleeper = Objects.requireNonNull(sleeper);
    this.random = Objects.requireNonNull(random);
    this.errorCodeOf = Objects.requireNonNull(errorCodeOf);
  }

  /**
   * Sleeps with {@link Thread#sleep}.
   *
   * @return the real sleeper
   */
  public static Sleeper threadSleeper() {
    return d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
  }

  /**
   * Executes a call and returns the body of a 2xx answer.
   *
   * @param request the request
   * @param idempotent whether the call may be retried
   * @param operation the operation's name for messages
   * @return the body text
   * @throws VideoException mapped by category
   */
  public String execute(Request request, boolean idempotent, String operation)
      throws VideoException {
    int attempts = idempotent ? retry.maxAttempts() : 1;
    VideoException last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      if (attempt > 1) {
        Duration wait = retry.backoff(attempt - 1, random.nextDouble());
        if (last instanceof VideoRateLimitedException limited && limited.retryAfter() != null) {
          Duration asked = limited.retryAfter();
          if (asked.compareTo(wait) > 0) {
            wait = asked.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : asked;
          }
        }
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw last;
        }
      }
      try {
        return once(request, operation);
      } catch (VideoUnavailableException | VideoRateLimitedException e) {
        last = e;
        LOG.debug(
            "{} {} {} failed on attempt {}/{}: {}",
            provider,
            request.method(),
            request.url().encodedPath(),
            attempt,
            attempts,
            e.getClass().getSimpleName());
      }
    }
    throw Objects.requireNonNull(last);
  }

  private String once(Request request, String operation) throws VideoException {
    try (Response response = client.newCall(request).execute()) {
      ResponseBody body = response.body();
      String text = body.string();
      int code = response.code();
      if (response.isSuccessful()) {
        return text;
      }
      String errorCode = errorCodeOf.apply(text);
      String message = operation + " failed with HTTP " + code;
      if (code == 401 || code == 403) {
        throw new VideoAuthException(provider, message, code, errorCode, null);
      }
      if (code == 404) {
        throw new VideoNotFoundException(provider, message, code, errorCode, null);
      }
      if (code == 429) {
        throw new VideoRateLimitedException(
            provider, message, code, errorCode, retryAfter(response.header("Retry-After")));
      }
      if (code >= 500 || code == 408) {
        throw new VideoUnavailableException(provider, message, code, errorCode, null);
      }
      throw new VideoInvalidRequestException(provider, message, code, errorCode, null);
    } catch (InterruptedIOException e) {
      throw new VideoUnavailableException(provider, operation + " timed out", 0, null, e);
    } catch (IOException e) {
      throw new VideoUnavailableException(
          provider, operation + " failed: " + e.getClass().getSimpleName(), 0, null, e);
    }
  }

  private static @Nullable Duration retryAfter(@Nullable String header) {
    if (header == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(header.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
