package org.openiop.core.interop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;

/**
 * The facts about a written plan that the FHIR export needs: kind, status and dates, never its
 * content. The care-plan model of {@code org.openiop.core.care} had not landed when this export was
 * written; a host maps its plans to this record.
 *
 * @param id the plan's id: 1-64 letters, digits and {@code . -}
 * @param participant whose plan; never {@code null}
 * @param kind what kind of plan; never {@code null}
 * @param status where it is; never {@code null}
 * @param created when written; never {@code null}
 * @param from first day it applies; never {@code null}
 * @param until last day it applies, or {@code null} if open
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CarePlanSummary(
    String id,
    ParticipantId participant,
    Kind kind,
    Status status,
    Instant created,
    LocalDate from,
    @Nullable LocalDate until) {

  /** Checks presence, the id's syntax and the period. */
  public CarePlanSummary {
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(created, "created == null");
    Objects.requireNonNull(from, "from == null");
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}")) {
      throw InvalidInputException.of("id", "must be 1-64 letters, digits and . -");
    }
    if (until != null && until.isBefore(from)) {
      throw InvalidInputException.of("until", "must not be before from");
    }
  }

  /** What kind of plan. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** The individualized treatment plan. */
    TREATMENT,
    /** Relapse prevention: triggers, warning signs, coping and aftercare. */
    RELAPSE_PREVENTION,
    /** A Stanley-Brown style safety plan. */
    SAFETY
  }

  /** Where a plan is in its life (FHIR request status). */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Status {
    /** Being written. */
    DRAFT,
    /** In force. */
    ACTIVE,
    /** Replaced or withdrawn. */
    REVOKED,
    /** Done. */
    COMPLETED
  }
}
