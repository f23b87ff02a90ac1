package org.openiop.crypto.tokens;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Principal;

/**
 * What a participant consented to, in the form that gets signed: who may receive what, from when
 * until when.
 *
 * @param consentId the consent; never {@code null}
 * @param participantId who consents; never {@code null}
 * @param purpose what for, 1-64 of {@code a-z 0-9 -} (for example {@code family-release}, {@code
 *     recording}, {@code telehealth}); never {@code null}
 * @param grantees who is released to (may be empty for consents without a recipient); never {@code
 *     null}
 * @param grantedAt when given, whole seconds; never {@code null}
 * @param expiresAt when it lapses, whole seconds, after {@code grantedAt}; or empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentRecord(
    ConsentId consentId,
    ParticipantId participantId,
    String purpose,
    Set<Principal> grantees,
    Instant grantedAt,
    Optional<Instant> expiresAt) {
  private static final java.util.regex.Pattern PURPOSE =
      java.util.regex.Pattern.compile("[a-z0-9-]{1,64}");

  /** Checks the components and sorts the grantees. */
  public ConsentRecord {
    Objects.requireNonNull(consentId, "consentId == null");
    Objects.requireNonNull(participantId, "participantId == null");
    Objects.requireNonNull(purpose, "purpose == null");
    Objects.requireNonNull(grantedAt, "grantedAt == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    grantees = java.util.Collections.unmodifiableSet(new TreeSet<>(grantees));
    if (!PURPOSE.matcher(purpose).matches()) {
      throw InvalidInputException.of("consent.purpose", "must be 1-64 of a-z 0-9 -");
    }
    if (grantedAt.getNano() != 0) {
      throw InvalidInputException.of("consent.grantedAt", "must be whole seconds");
    }
    if (expiresAt.isPresent()
        && (expiresAt.get().getNano() != 0 || !expiresAt.get().isAfter(grantedAt))) {
      throw InvalidInputException.of("consent.expiresAt", "must be whole seconds after grantedAt");
    }
  }
}
