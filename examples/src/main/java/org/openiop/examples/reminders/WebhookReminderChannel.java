package org.openiop.examples.reminders;

import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openiop.core.engage.Reminder;
import org.openiop.core.engage.ReminderChannel;
import org.openiop.core.engage.ReminderDeliveryException;

/**
 * A reference {@link ReminderChannel} that POSTs each reminder as JSON to the host's webhook, which
 * then sends the SMS, push or e-mail.
 *
 * <p>Each request carries:
 *
 * <ul>
 *   <li>{@code Idempotency-Key}: the reminder's key, so the receiver can drop a retry of a request
 *       it already processed (a timeout after it accepted);
 *   <li>{@code OpenIOP-Signature: t=<epoch seconds>,v1=<hex HMAC-SHA256 of "t.body">} with a shared
 *       secret, so the receiver can check origin and freshness (as Stripe's webhooks do).
 * </ul>
 *
 * <p>A 2xx answer or {@code 409 Conflict} (the receiver already has this key) counts as delivered;
 * anything else, or an I/O failure, throws {@link ReminderDeliveryException} and the reminder is
 * retried with the same key. The body holds the recipient's id and the neutral text only, never
 * contact details: the receiver looks those up itself. Thread-safe.
 */
public final class WebhookReminderChannel implements ReminderChannel {
  private final HttpClient http;
  private final URI endpoint;
  private final byte[] secret;
  private final Clock clock;

  /**
   * A channel.
   *
   * @param http the HTTP client; never {@code null}
   * @param endpoint the webhook, {@code https} except for {@code localhost}; never {@code null}
   * @param secret the shared signing secret, at least 32 bytes; never {@code null}
   * @param clock stamps signatures; never {@code null}
   */
  public WebhookReminderChannel(HttpClient http, URI endpoint, byte[] secret, Clock clock) {
    this.http = Objects.requireNonNull(http, "http == null");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint == null");
    Objects.requireNonNull(secret, "secret == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
    boolean local =
        "localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost());
    if (!"https".equals(endpoint.getScheme()) && !local) {
      throw new IllegalArgumentException("endpoint must be https");
    }
    if (secret.length < 32) {
      throw new IllegalArgumentException("secret must be at least 32 bytes");
    }
    this.secret = secret.clone();
  }

  @Override
  public void deliver(Reminder reminder) throws ReminderDeliveryException {
    Objects.requireNonNull(reminder, "reminder == null");
    String body = body(reminder);
    long t = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", reminder.idempotencyKey())
            .header("OpenIOP-Signature", "t=" + t + ",v1=" + sign(t, body))
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (IOException e) {
      throw new ReminderDeliveryException(
          "webhook unreachable for reminder " + reminder.idempotencyKey(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReminderDeliveryException(
          "interrupted delivering reminder " + reminder.idempotencyKey(), e);
    }
    int code = response.statusCode();
    if ((code < 200 || code > 299) && code != 409) {
      throw new ReminderDeliveryException(
          "webhook answered " + code + " for reminder " + reminder.idempotencyKey());
    }
  }

  static String body(Reminder r) {
    return Json.createObjectBuilder()
        .add("idempotencyKey", r.idempotencyKey())
        .add("session", r.session().value())
        .add("recipient", r.recipient().value())
        .add("sendAt", r.sendAt().toString())
        .add("sessionStart", r.sessionStart().toString())
        .add("zone", r.zone().getId())
        .add("text", r.text())
        .build()
        .toString();
  }

  /**
   * The signature for a timestamp and body, as the receiver recomputes it.
   *
   * @param t epoch seconds
   * @param body the exact body
   * @return lower-case hex HMAC-SHA256 of {@code t + "." + body}
   */
  String sign(long t, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of()
          .formatHex(mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
