package org.openiop.core.engage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class ReminderServiceTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ParticipantId ALEX = ParticipantId.of("par_1");
  static final List<ReminderRecipient> WHO = List.of(new ReminderRecipient(ALEX, NY));

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T00:00:00Z"));
  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  /** A provider that deduplicates by key, as the contract asks, and can fail on demand. */
  static final class RecordingChannel implements ReminderChannel {
    final List<Reminder> shown = new ArrayList<>();
    final Set<String> seenKeys = new HashSet<>();
    int calls;
    boolean refuse;
    boolean acceptThenTimeOut;

    @Override
    public synchronized void deliver(Reminder reminder) throws ReminderDeliveryException {
      calls++;
      if (refuse) {
        throw new ReminderDeliveryException(
            "provider unavailable for " + reminder.idempotencyKey());
      }
      if (seenKeys.add(reminder.idempotencyKey())) {
        shown.add(reminder);
      }
      if (acceptThenTimeOut) {
        throw new ReminderDeliveryException("timed out after sending " + reminder.idempotencyKey());
      }
    }
  }

  final RecordingChannel channel = new RecordingChannel();
  final ReminderService service = new ReminderService(ReminderPolicy.DEFAULT, channel, clock);

  static Session session(ZonedDateTime start) {
    return new Session(
        SessionId.of("ses_1"),
        CohortId.of("coh_1"),
        SessionKind.GROUP,
        Modality.CBT,
        "CBT skills",
        start.toInstant(),
        start.getZone(),
        Duration.ofMinutes(50),
        List.of(ClinicianId.of("cln_1")),
        List.of(ALEX),
        List.of(),
        SessionStatus.SCHEDULED,
        false);
  }

  @Test
  void dueRemindersAreDeliveredOnceEvenWhenDispatchRunsAgain() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    service.schedule(s, WHO);

    now.set(Instant.parse("2026-03-02T23:30:00Z"));
    DispatchReport first = service.dispatchDue();
    DispatchReport second = service.dispatchDue();

    assertThat(first.delivered()).hasSize(1);
    assertThat(second.delivered()).isEmpty();
    assertThat(channel.calls).isEqualTo(1);
    assertThat(service.pending(s.id())).hasSize(1);
  }

  @Test
  void aRefusedDeliveryIsRetriedWithTheSameKey() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    service.schedule(s, WHO);
    now.set(Instant.parse("2026-03-02T23:30:00Z"));

    channel.refuse = true;
    DispatchReport failed = service.dispatchDue();
    channel.refuse = false;
    DispatchReport retried = service.dispatchDue();

    assertThat(failed.failed()).hasSize(1);
    assertThat(retried.delivered()).isEqualTo(failed.failed());
    assertThat(channel.shown).hasSize(1);
  }

  @Test
  void anAmbiguousTimeoutRetryIsDeduplicatedByTheKeySoThePersonSeesItOnce() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    service.schedule(s, WHO);
    now.set(Instant.parse("2026-03-02T23:30:00Z"));

    channel.acceptThenTimeOut = true;
    service.dispatchDue();
    channel.acceptThenTimeOut = false;
    service.dispatchDue();

    assertThat(channel.calls).isEqualTo(2);
    assertThat(channel.shown).hasSize(1);
  }

  @Test
  void reschedulingReplansAndWithdrawsTheOldReminders() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    List<Reminder> old = service.schedule(s, WHO);
    Session moved = session(ZonedDateTime.of(2026, 3, 5, 17, 0, 0, 0, NY));

    List<Reminder> now2 = service.schedule(moved, WHO);

    assertThat(service.pending(s.id())).isEqualTo(now2);
    assertThat(now2).extracting(Reminder::sessionStart).containsOnly(moved.start());
    assertThat(now2)
        .extracting(Reminder::idempotencyKey)
        .doesNotContainAnyElementsOf(old.stream().map(Reminder::idempotencyKey).toList());
    now.set(Instant.parse("2026-03-03T23:30:00Z"));
    assertThat(service.dispatchDue().delivered()).isEmpty();
  }

  @Test
  void cancellingWithdrawsEveryPendingReminder() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    service.schedule(s, WHO);

    assertThat(service.cancel(s.id())).hasSize(2);
    now.set(Instant.parse("2026-03-03T22:30:00Z"));
    assertThat(service.dispatchDue().delivered()).isEmpty();
    assertThat(channel.calls).isZero();
    assertThat(service.schedule(s.withStatus(SessionStatus.CANCELLED), WHO)).isEmpty();
  }

  @Test
  void replanningAfterADeliveryDoesNotSendTheDeliveredReminderAgain() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY));
    service.schedule(s, WHO);
    now.set(Instant.parse("2026-03-02T23:30:00Z"));
    service.dispatchDue();
    now.set(Instant.parse("2026-03-01T00:00:00Z"));

    List<Reminder> again = service.schedule(s, WHO);

    assertThat(again).hasSize(1);
    assertThat(again.get(0).offset()).isEqualTo(Duration.ofHours(1));
  }
}
