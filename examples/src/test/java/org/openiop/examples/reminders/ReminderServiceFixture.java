package org.openiop.examples.reminders;

import java.time.Instant;
import java.util.List;
import org.openiop.core.ParticipantId;
import org.openiop.core.engage.Reminder;
import org.openiop.core.engage.ReminderPlanner;
import org.openiop.core.engage.ReminderPolicy;
import org.openiop.core.engage.ReminderRecipient;
import org.openiop.core.program.Session;

final class ReminderServiceFixture {
  private ReminderServiceFixture() {}

  static Reminder any(Session session) {
    return new ReminderPlanner(ReminderPolicy.DEFAULT)
        .plan(
            session,
            List.of(new ReminderRecipient(ParticipantId.of("par_1"), session.zone())),
            Instant.EPOCH)
        .get(0);
  }
}
