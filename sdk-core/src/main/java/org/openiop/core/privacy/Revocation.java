package org.openiop.core.privacy;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.internal.IdRules;

/**
 * The fact that a consent was revoked: when, by whom (an id) and a short reason.
 *
 * @param at when the revocation takes effect; never {@code null}
 * @param by the id of who recorded it (participant, representative or staff id); never {@code null}
 * @param reason a short reason with no clinical detail, at most 200 characters; may be empty
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Revocation(Instant at, String by, @Size(max = 200) String reason) {

  /** Checks presence and the actor's id syntax. */
  public Revocation {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(reason, "reason == null");
    if (by == null || !IdRules.isValid(by)) {
      throw InvalidInputException.of("by", "must be a well-formed id");
    }
  }
}
