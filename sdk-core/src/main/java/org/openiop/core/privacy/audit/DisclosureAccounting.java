package org.openiop.core.privacy.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;

/**
 * Builds a participant's accounting of disclosures (45 CFR 164.528) from the audit trail.
 *
 * <p>A disclosure here is every successful read of the participant's PHI by someone other than the
 * participant, in the half-open period {@code [from, to)}, oldest first. It lists treatment,
 * payment and operations uses too (they carry their purpose of use): HIPAA lets a covered entity
 * leave those out of the accounting it gives the patient, and the host filters by {@link
 * Disclosure#purpose()} if it wants to. Denied attempts are not disclosures and are not listed.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class DisclosureAccounting {
  private DisclosureAccounting() {}

  /**
   * The disclosures among the given events.
   *
   * @param events audit events in any order; never {@code null}
   * @param participant whose disclosures; never {@code null}
   * @param from start of the period, inclusive; never {@code null}
   * @param to end of the period, exclusive; never {@code null}
   * @return the disclosures, oldest first
   */
  public static List<Disclosure> of(
      Iterable<AuditEvent> events, ParticipantId participant, Instant from, Instant to) {
    Objects.requireNonNull(events, "events == null");
    Collector c = new Collector(participant, from, to);
    events.forEach(c::accept);
    return c.result();
  }

  /**
   * The disclosures recorded in a file audit log. Run {@link FileAuditSink#verify} first if the
   * accounting must be trustworthy.
   *
   * @param log the log file; never {@code null}
   * @param participant whose disclosures; never {@code null}
   * @param from start of the period, inclusive; never {@code null}
   * @param to end of the period, exclusive; never {@code null}
   * @return the disclosures, oldest first
   * @throws IOException if the log cannot be read
   * @throws AuditLogTamperedException if a line is torn or damaged
   */
  public static List<Disclosure> fromLog(
      Path log, ParticipantId participant, Instant from, Instant to)
      throws IOException, AuditLogTamperedException {
    Collector c = new Collector(participant, from, to);
    FileAuditSink.readEvents(log, c::accept);
    return c.result();
  }

  private static final class Collector {
    private final ParticipantId participant;
    private final Instant from;
    private final Instant to;
    private final List<Disclosure> out = new ArrayList<>();

    Collector(ParticipantId participant, Instant from, Instant to) {
      this.participant = Objects.requireNonNull(participant, "participant == null");
      this.from = Objects.requireNonNull(from, "from == null");
      this.to = Objects.requireNonNull(to, "to == null");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("to is before from");
      }
    }

    void accept(AuditEvent e) {
      if (participant.equals(e.participantId())
          && e.action() == AuditAction.READ
          && e.outcome() == AuditOutcome.SUCCESS
          && !e.actorId().equals(participant.value())
          && !e.time().isBefore(from)
          && e.time().isBefore(to)) {
        out.add(
            new Disclosure(
                e.time(),
                e.actorId(),
                e.actorRole(),
                e.resourceType(),
                e.resourceId(),
                e.purpose(),
                e.breakGlass()));
      }
    }

    List<Disclosure> result() {
      out.sort((a, b) -> a.time().compareTo(b.time()));
      return List.copyOf(out);
    }
  }
}
