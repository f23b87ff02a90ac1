package org.openiop.core.care;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;

/**
 * Answers whether a participant's consent lets a support person see one kind of plan. {@link
 * #fromConsents(Collection, Clock)} backs it with {@link Consent} records; a host with finer rules
 * implements it itself.
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

  /**
   * Access from consent records: a support person may see a participant's plans (every kind) while
   * a {@link ConsentType#FAMILY_RELEASE} of that participant naming that support person and
   * covering {@link ReleaseCategory#PLANS} is active at the clock's current instant (effective, not
   * expired, not revoked).
   *
   * @param consents the consent versions to consult (current versions; a revoked version denies)
   * @param clock the time source
   * @return the access check
   */
  static SupportPersonAccess fromConsents(Collection<Consent> consents, Clock clock) {
    Objects.requireNonNull(clock, "clock == null");
    List<Consent> copy = List.copyOf(consents);
    return (participant, supportPerson, kind) -> {
      Objects.requireNonNull(participant, "participant == null");
      Objects.requireNonNull(supportPerson, "supportPerson == null");
      Objects.requireNonNull(kind, "kind == null");
      for (Consent c : copy) {
        FamilyRelease release = c.familyRelease();
        if (c.type() == ConsentType.FAMILY_RELEASE
            && participant.equals(c.participant())
            && release != null
            && release.recipient().equals(supportPerson)
            && release.covers(ReleaseCategory.PLANS)
            && c.isActiveAt(clock.instant())) {
          return true;
        }
      }
      return false;
    };
  }
}
