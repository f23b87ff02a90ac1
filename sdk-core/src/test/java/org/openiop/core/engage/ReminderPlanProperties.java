package org.openiop.core.engage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class ReminderPlanProperties {
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Asia/Kolkata"));

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONES);
  }

  @Provide
  Arbitrary<LocalDateTime> starts() {
    // Any quarter hour in 2026, DST changes included.
    return Arbitraries.integers()
        .between(0, 365 * 24 * 4)
        .map(q -> LocalDateTime.of(2026, 1, 1, 0, 0).plusMinutes(15L * q));
  }

  @Property(tries = 300)
  void remindersAreNeverInQuietHoursNeverLateAndNeverDuplicated(
      @ForAll("starts") LocalDateTime localStart,
      @ForAll("zones") ZoneId sessionZone,
      @ForAll("zones") ZoneId recipientZone) {
    Instant start = localStart.atZone(sessionZone).toInstant();
    Session s =
        new Session(
            SessionId.of("ses_p"),
            CohortId.of("coh_1"),
            SessionKind.GROUP,
            Modality.CBT,
            "x",
            start,
            sessionZone,
            Duration.ofMinutes(50),
            List.of(ClinicianId.of("cln_1")),
            List.of(ParticipantId.of("par_1")),
            List.of(),
            SessionStatus.SCHEDULED,
            false);
    ReminderPolicy policy = ReminderPolicy.DEFAULT;

    List<Reminder> plan =
        new ReminderPlanner(policy)
            .plan(
                s,
                List.of(new ReminderRecipient(ParticipantId.of("par_1"), recipientZone)),
                Instant.parse("2025-01-01T00:00:00Z"));

    assertThat(plan).isNotEmpty();
    assertThat(plan).extracting(Reminder::idempotencyKey).doesNotHaveDuplicates();
    assertThat(plan).extracting(Reminder::sendAt).doesNotHaveDuplicates();
    for (Reminder r : plan) {
      assertThat(r.sendAt()).isBefore(start);
      assertThat(policy.isQuiet(r.sendAt().atZone(recipientZone).toLocalTime())).isFalse();
      assertThat(r.text()).startsWith("You have a session on ").doesNotContain("CBT");
      // Moved earlier, never later, and never by more than a day.
      Duration lead = Duration.between(r.sendAt(), start);
      assertThat(lead).isGreaterThanOrEqualTo(r.offset().minusHours(1));
      assertThat(lead).isLessThanOrEqualTo(r.offset().plusHours(12).plusMinutes(30));
    }
  }
}
