package org.openiop.core.care;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.schedule.BookingLedger;
import org.openiop.core.schedule.BookingResult;
import org.openiop.core.schedule.LedgerEntry;

/**
 * Books an {@link AftercarePlan}'s post-discharge check-ins through the scheduling engine, so they
 * pass the same rules (licensure where the participant is on that day, double-booking, local hours,
 * clinician load) as every other session.
 *
 * <p>Each check-in becomes one {@link SessionKind#AFTERCARE_CHECK_IN} session on its due date at
 * the given local time in the participant's zone (a time in a DST gap resolves as {@link
 * ZonedDateTime#of} does: later by the gap). A refused check-in is returned with its violations;
 * the others are still booked, because each check-in stands on its own. Safe for concurrent use if
 * the ledger is (it is).
 *
 * <pre>{@code
 * List<BookingResult> r = new AftercareBooking(ledger, ids)
 *     .book(plan, participant, clinician, participantZone, LocalTime.of(17, 0), Duration.ofMinutes(30));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AftercareBooking {
  private final BookingLedger ledger;
  private final IdGenerator ids;

  /**
   * Creates the booking bridge.
   *
   * @param ledger the ledger, with the host's rules; never {@code null}
   * @param ids the source of session ids; never {@code null}
   */
  public AftercareBooking(BookingLedger ledger, IdGenerator ids) {
    this.ledger = Objects.requireNonNull(ledger, "ledger == null");
    this.ids = Objects.requireNonNull(ids, "ids == null");
  }

  /**
   * Creates and books one session per check-in, in the plan's order.
   *
   * @param plan the aftercare plan; never {@code null}
   * @param participant who is checked in on; never {@code null}
   * @param clinician who runs the check-ins; never {@code null}
   * @param zone the participant's zone, in which {@code localStart} is read; never {@code null}
   * @param localStart the local start time on each due date; never {@code null}
   * @param duration how long each check-in lasts; never {@code null}
   * @return one result per check-in, in the plan's order; a refused one carries its violations
   */
  public List<BookingResult> book(
      AftercarePlan plan,
      ParticipantId participant,
      ClinicianId clinician,
      ZoneId zone,
      LocalTime localStart,
      Duration duration) {
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(clinician, "clinician == null");
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(localStart, "localStart == null");
    Objects.requireNonNull(duration, "duration == null");
    List<BookingResult> results = new ArrayList<>();
    for (AftercarePlan.CheckIn checkIn : plan.checkIns()) {
      Session session =
          Session.builder()
              .id(SessionId.generate(ids))
              .kind(SessionKind.AFTERCARE_CHECK_IN)
              .modality(Modality.RELAPSE_PREVENTION)
              .topic("Aftercare check-in, day " + checkIn.daysAfterDischarge())
              .start(ZonedDateTime.of(checkIn.due(), localStart, zone).toInstant(), zone)
              .duration(duration)
              .facilitators(List.of(clinician))
              .participants(List.of(participant))
              .status(SessionStatus.SCHEDULED)
              .build();
      results.add(ledger.create(new LedgerEntry(session, 1)));
    }
    return List.copyOf(results);
  }
}
