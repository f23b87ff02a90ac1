package org.openiop.core.schedule;

import java.time.ZoneId;
import java.util.List;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

/** Small sessions for ledger tests. */
final class TestSessions {
  static final ZoneId NY = ZoneId.of("America/New_York");

  private TestSessions() {}

  static LedgerEntry empty(SessionId id, TimeSlot slot, int capacity) {
    return entry(
        id, slot, capacity, List.of(), List.of(), SessionKind.GROUP, Modality.CBT, List.of());
  }

  static LedgerEntry entry(
      SessionId id,
      TimeSlot slot,
      int capacity,
      List<ParticipantId> participants,
      List<ClinicianId> clinicians,
      SessionKind kind,
      Modality modality,
      List<SupportPersonId> support) {
    return new LedgerEntry(
        new Session(
            id,
            null,
            kind,
            modality,
            "Topic",
            slot.start(),
            NY,
            slot.length(),
            clinicians,
            participants,
            support,
            SessionStatus.SCHEDULED,
            false),
        capacity);
  }
}
