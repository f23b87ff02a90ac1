package org.openiop.examples.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.engage.Reminder;
import org.openiop.core.engage.ReminderDeliveryException;
import org.openiop.core.engage.ReminderPolicy;
import org.openiop.core.engage.ReminderRecipient;
import org.openiop.core.engage.ReminderService;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class WebhookReminderChannelTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-03T22:30:00Z"), ZoneOffset.UTC);

  HttpServer server;
  final List<String> bodies = new CopyOnWriteArrayList<>();
  final Map<String, String> signatures = new ConcurrentHashMap<>();
  final AtomicInteger failNext = new AtomicInteger();
  URI endpoint;

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/reminders",
        exchange -> {
          String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          int code;
          if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            code = 503;
          } else if (signatures.containsKey(key)) {
            code = 409;
          } else {
            signatures.put(key, exchange.getRequestHeaders().getFirst("OpenIOP-Signature"));
            bodies.add(body);
            code = 202;
          }
          exchange.sendResponseHeaders(code, -1);
          exchange.close();
        });
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/reminders");
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static Session session() {
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 3, 18, 30, 0, 0, NY);
    return new Session(
        SessionId.of("ses_1"),
        null,
        SessionKind.INDIVIDUAL,
        Modality.DBT,
        "Chain analysis",
        start.toInstant(),
        NY,
        Duration.ofMinutes(50),
        List.of(ClinicianId.of("cln_1")),
        List.of(ParticipantId.of("par_1")),
        List.of(),
        SessionStatus.SCHEDULED,
        false);
  }

  @Test
  void aReminderIsPostedSignedWithItsKeyAndNoClinicalDetail() {
    WebhookReminderChannel channel =
        new WebhookReminderChannel(HttpClient.newHttpClient(), endpoint, SECRET, CLOCK);
    ReminderService service = new ReminderService(ReminderPolicy.DEFAULT, channel, CLOCK);
    service.schedule(session(), List.of(new ReminderRecipient(ParticipantId.of("par_1"), NY)));

    var report = service.dispatchDue();

    assertThat(report.delivered()).hasSize(1);
    String body = bodies.get(0);
    assertThat(body)
        .contains("\"text\":\"You have a session on Tuesday, March 3 at 6:30 PM EST.\"");
    assertThat(body).doesNotContain("Chain", "DBT", "INDIVIDUAL");
    String key = report.delivered().get(0);
    long t = CLOCK.instant().getEpochSecond();
    assertThat(signatures.get(key)).isEqualTo("t=" + t + ",v1=" + channel.sign(t, body));
  }

  @Test
  void aServerErrorIsRetriedAndARepeatIsAcceptedAsAlreadyDelivered() throws Exception {
    WebhookReminderChannel channel =
        new WebhookReminderChannel(HttpClient.newHttpClient(), endpoint, SECRET, CLOCK);
    ReminderService service = new ReminderService(ReminderPolicy.DEFAULT, channel, CLOCK);
    service.schedule(session(), List.of(new ReminderRecipient(ParticipantId.of("par_1"), NY)));
    Reminder pending = service.pending(SessionId.of("ses_1")).get(0);

    failNext.set(1);
    assertThat(service.dispatchDue().failed()).hasSize(1);
    assertThat(service.dispatchDue().delivered()).hasSize(1);
    channel.deliver(pending);

    assertThat(bodies).hasSize(1);
  }

  @Test
  void anInsecureRemoteEndpointOrAShortSecretIsRefused() {
    assertThatThrownBy(
            () ->
                new WebhookReminderChannel(
                    HttpClient.newHttpClient(),
                    URI.create("http://hooks.example.org/r"),
                    SECRET,
                    CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new WebhookReminderChannel(
                    HttpClient.newHttpClient(), endpoint, new byte[16], CLOCK))
        .isInstanceOf(IllegalArgumentException.class);
    server.stop(0);
    WebhookReminderChannel down =
        new WebhookReminderChannel(HttpClient.newHttpClient(), endpoint, SECRET, CLOCK);
    assertThatThrownBy(() -> down.deliver(ReminderServiceFixture.any(session())))
        .isInstanceOf(ReminderDeliveryException.class)
        .hasMessageContaining("rem_");
  }
}
