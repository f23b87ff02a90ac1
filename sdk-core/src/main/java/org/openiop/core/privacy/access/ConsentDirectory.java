package org.openiop.core.privacy.access;

import java.util.List;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.privacy.Consent;

/**
 * Supplies a participant's consents to the policy; the host backs it with its consent store.
 *
 * <p>Contract: implementations must be safe for concurrent use and return every consent of the
 * participant, in any order; returning several versions of one consent is fine (the policy uses the
 * highest version of each, so a revocation recorded as a new version takes effect). Never {@code
 * null}; empty if there are none.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface ConsentDirectory {
  /**
   * The participant's consents.
   *
   * @param participant the participant; never {@code null}
   * @return the consents, possibly several versions of each
   */
  List<Consent> consentsOf(ParticipantId participant);
}
