package org.openiop.core.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class ReminderPlannerTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ParticipantId ALEX = ParticipantId.of("par_1");
  static final SupportPersonId MARIA = SupportPersonId.of("sup_1");
  static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

  final ReminderPlanner planner = new ReminderPlanner(ReminderPolicy.DEFAULT);

  static Session session(ZonedDateTime start, SessionKind kind) {
    return new Session(
        SessionId.of("ses_1"),
        CohortId.of("coh_1"),
        kind,
        Modality.DBT,
        "DBT distress tolerance",
        start.toInstant(),
        start.getZone(),
        Duration.ofMinutes(50),
        List.of(ClinicianId.of("cln_1")),
        List.of(ALEX),
        kind.admitsSupportPersons() ? List.of(MARIA) : List.of(),
        SessionStatus.SCHEDULED,
        false);
  }

  @Test
  void defaultRemindersGoOutADayAndAnHourBeforeInTheParticipantsZone() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY), SessionKind.GROUP);

    List<Reminder> plan = planner.plan(s, List.of(new ReminderRecipient(ALEX, LA)), LONG_AGO);

    assertThat(plan)
        .extracting(Reminder::sendAt)
        .containsExactly(
            Instant.parse("2026-03-02T23:00:00Z"), Instant.parse("2026-03-03T22:00:00Z"));
    assertThat(plan.get(0).text())
        .isEqualTo("You have a session on Tuesday, March 3 at 3:00 PM PST.");
    assertThat(plan).allMatch(r -> !r.movedForQuietHours());
  }

  @Test
  void aDayAheadReminderKeepsLocalWallClockTimeAcrossDst() {
    // DST starts 2026-03-08 02:00 in New York: Sunday has 23 hours.
    Session s = session(ZonedDateTime.of(2026, 3, 8, 18, 0, 0, 0, NY), SessionKind.GROUP);

    List<Reminder> plan = planner.plan(s, List.of(new ReminderRecipient(ALEX, NY)), LONG_AGO);

    Reminder dayAhead = plan.get(0);
    assertThat(dayAhead.offset()).isEqualTo(Duration.ofHours(24));
    assertThat(dayAhead.sendAt().atZone(NY).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
    assertThat(Duration.between(dayAhead.sendAt(), s.start())).isEqualTo(Duration.ofHours(23));
  }

  @Test
  void remindersInQuietHoursMoveEarlierNotLater() {
    // 18:00 in New York is 23:00 in London: both reminders fall after 21:00 local.
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY), SessionKind.GROUP);

    List<Reminder> plan = planner.plan(s, List.of(new ReminderRecipient(ALEX, LONDON)), LONG_AGO);

    assertThat(plan).hasSize(2);
    assertThat(plan).allMatch(Reminder::movedForQuietHours);
    assertThat(plan.get(0).sendAt().atZone(LONDON))
        .isEqualTo(ZonedDateTime.of(2026, 3, 2, 20, 59, 0, 0, LONDON));
    assertThat(plan.get(1).sendAt().atZone(LONDON))
        .isEqualTo(ZonedDateTime.of(2026, 3, 3, 20, 59, 0, 0, LONDON));
    for (Reminder r : plan) {
      assertThat(ReminderPolicy.DEFAULT.isQuiet(r.sendAt().atZone(LONDON).toLocalTime())).isFalse();
    }
  }

  @Test
  void anEarlyMorningSessionsHourAheadReminderMovesToTheEveningBefore() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 8, 30, 0, 0, NY), SessionKind.INDIVIDUAL);

    List<Reminder> plan = planner.plan(s, List.of(new ReminderRecipient(ALEX, NY)), LONG_AGO);

    // 24 h: 08:30 on 2 March (awake). 1 h: 07:30 is quiet, so 20:59 on 2 March.
    assertThat(plan)
        .extracting(r -> r.sendAt().atZone(NY).toLocalDateTime().toString())
        .containsExactly("2026-03-02T08:30", "2026-03-02T20:59");
  }

  @Test
  void twoRemindersLandingOnTheSameMinuteAreMerged() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 7, 0, 0, 0, NY), SessionKind.INDIVIDUAL);
    ReminderPlanner p =
        new ReminderPlanner(
            ReminderPolicy.DEFAULT.withOffsets(List.of(Duration.ofHours(1), Duration.ofHours(2))));

    List<Reminder> plan = p.plan(s, List.of(new ReminderRecipient(ALEX, NY)), LONG_AGO);

    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).offset()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void supportPersonsInvitedGetTheirOwnNeutralReminders() {
    Session s =
        session(ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0, NY), SessionKind.MULTI_FAMILY_GROUP);

    List<Reminder> plan =
        planner.plan(
            s,
            List.of(new ReminderRecipient(ALEX, NY), new ReminderRecipient(MARIA, NY)),
            LONG_AGO);

    assertThat(plan).hasSize(4);
    Reminder forMaria =
        plan.stream().filter(r -> r.recipient().equals(MARIA)).findFirst().orElseThrow();
    assertThat(forMaria.text())
        .isEqualTo("You are invited to a session on Thursday, March 5 at 6:00 PM EST.");
    for (Reminder r : plan) {
      String t = r.text().toLowerCase(Locale.ROOT);
      assertThat(t).doesNotContain("dbt", "distress", "family", "group", "par_", "sup_");
    }
  }

  @Test
  void keysAreStableForTheSameSlotAndChangeWhenTheSessionMoves() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY), SessionKind.GROUP);
    Session moved = session(ZonedDateTime.of(2026, 3, 4, 18, 0, 0, 0, NY), SessionKind.GROUP);
    List<ReminderRecipient> who = List.of(new ReminderRecipient(ALEX, NY));

    List<String> a = planner.plan(s, who, LONG_AGO).stream().map(Reminder::idempotencyKey).toList();
    List<String> b = planner.plan(s, who, LONG_AGO).stream().map(Reminder::idempotencyKey).toList();
    List<String> c =
        planner.plan(moved, who, LONG_AGO).stream().map(Reminder::idempotencyKey).toList();

    assertThat(a).isEqualTo(b).doesNotHaveDuplicates();
    assertThat(c).doesNotContainAnyElementsOf(a);
  }

  @Test
  void pastSendTimesAndCancelledSessionsGetNoReminders() {
    Session s = session(ZonedDateTime.of(2026, 3, 3, 18, 0, 0, 0, NY), SessionKind.GROUP);
    List<ReminderRecipient> who = List.of(new ReminderRecipient(ALEX, NY));

    assertThat(planner.plan(s, who, Instant.parse("2026-03-03T12:00:00Z")))
        .extracting(Reminder::offset)
        .containsExactly(Duration.ofHours(1));
    assertThat(planner.plan(s.withStatus(SessionStatus.CANCELLED), who, LONG_AGO)).isEmpty();
  }

  @Test
  void aParticipantIsRemindedInTheZoneTheirLocationHistoryGivesAtTheSession() {
    // The fixture participant moves from California to New York on 2026-03-10.
    var p = Fixtures.participant();

    assertThat(ReminderRecipient.of(p, Instant.parse("2026-03-05T23:00:00Z")).zone()).isEqualTo(LA);
    assertThat(ReminderRecipient.of(p, Instant.parse("2026-03-12T23:00:00Z")).zone()).isEqualTo(NY);
  }

  @Test
  void aPolicyRejectsRepeatedOrOutOfRangeOffsets() {
    assertThatThrownBy(() -> ReminderPolicy.DEFAULT.withOffsets(List.of(Duration.ofSeconds(5))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("offsets[0]");
    assertThatThrownBy(
            () ->
                ReminderPolicy.DEFAULT.withOffsets(
                    List.of(Duration.ofHours(1), Duration.ofHours(1))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("must not repeat");
  }
}
