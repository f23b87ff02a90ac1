package org.openiop.core.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.internal.IdRules;

/**
 * One step of an enrollment's history: from which state to which, when, by whom and why.
 *
 * @param from the previous state, or {@code null} for the first step (the referral)
 * @param to the new state; never {@code null}
 * @param at when; never {@code null}
 * @param actor the id of who made the change (staff, participant or a system id); never {@code
 *     null}
 * @param reason why, 1-500 characters; keep clinical detail out (it belongs in notes)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentTransition(
    @Nullable EnrollmentStatus from,
    EnrollmentStatus to,
    Instant at,
    String actor,
    @NotBlank(message = "must not be blank") @Size(max = 500) String reason) {

  /** Checks presence and the actor's id syntax. */
  public EnrollmentTransition {
    Objects.requireNonNull(to, "to == null");
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(reason, "reason == null");
    if (actor == null || !IdRules.isValid(actor)) {
      throw InvalidInputException.of("actor", "must be a well-formed id");
    }
  }

  @Override
  public String toString() {
    return "EnrollmentTransition[" + from + " -> " + to + " at " + at + " by " + actor + "]";
  }
}
