package org.openiop.core.privacy.access;

import org.apiguardian.api.API;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;

/**
 * Decides whether an active 42 CFR Part 2 consent names a principal as a recipient. A Part 2 form
 * describes its recipients in words (42 CFR 2.31), so the host, which knows who those are, maps
 * them to principals.
 *
 * <p>Contract: implementations must be safe for concurrent use and fast; they are only asked about
 * consents of type {@link ConsentType#PART2_DISCLOSURE} that are active at the decision.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface Part2RecipientCheck {
  /**
   * The default: a Part 2 consent covers the program's clinicians (the typical single consent for
   * treatment, payment and operations) and no one else; support persons need a host check.
   */
  Part2RecipientCheck CLINICIANS_ONLY = (consent, recipient) -> recipient.role() == Role.CLINICIAN;

  /**
   * Whether the consent names the recipient.
   *
   * @param consent an active Part 2 consent; never {@code null}
   * @param recipient who would receive the record; never {@code null}
   * @return true if the consent covers the recipient
   */
  boolean covers(Consent consent, Principal recipient);
}
