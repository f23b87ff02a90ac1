package org.openiop.core.store;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.privacy.Consent;

/**
 * Keeps every version of every consent: consents are appended, never overwritten or deleted, so a
 * revocation is a new fact and past answers stay reproducible.
 *
 * <p>Implementations must be safe for concurrent use; calls may block on I/O.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface ConsentStore {

  /**
   * Appends a version. It must be version 1 of a new consent id, or exactly one more than the
   * latest stored version of its id.
   *
   * @param consent the version to append, validated first; never {@code null}
   * @throws StaleVersionException if its version is not the next one
   * @throws org.openiop.core.InvalidInputException if the consent is invalid
   */
  void append(Consent consent);

  /**
   * Every version of a consent, oldest first.
   *
   * @param id the consent id; never {@code null}
   * @return the versions, empty if unknown
   */
  List<Consent> history(ConsentId id);

  /**
   * The latest version of each of a participant's consents.
   *
   * @param participant the participant; never {@code null}
   * @return the latest versions, by consent id
   */
  List<Consent> latestFor(ParticipantId participant);

  /**
   * The latest version of a consent.
   *
   * @param id the consent id; never {@code null}
   * @return the latest version, or empty if unknown
   */
  default Optional<Consent> latest(ConsentId id) {
    List<Consent> versions = history(id);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }
}
