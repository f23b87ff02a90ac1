package org.openiop.core.care;

import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;

/**
 * Answers whether a participant's consent lets a support person see one kind of plan. The host
 * backs it with its consent records (for example a family release that names safety and
 * relapse-prevention plans).
 *
 * <p>Must be safe for concurrent use, must not block for long, and must answer {@code false} when
 * in doubt (no consent, revoked, expired).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface SupportPersonAccess {
  /** Shares nothing with anyone: the default. */
  SupportPersonAccess NONE = (participant, supportPerson, kind) -> false;

  /**
   * Whether the support person may see the participant's plans of this kind.
   *
   * @param participant whose plan
   * @param supportPerson who asks
   * @param kind which kind of plan
   * @return true only under a current consent that covers this kind
   */
  boolean mayView(ParticipantId participant, SupportPersonId supportPerson, PlanKind kind);
}
