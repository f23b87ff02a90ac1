package org.openiop.crypto.tokens;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The role an access token grants; carried in the {@code role} claim.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TokenRole {
  /** A person receiving care. */
  PARTICIPANT("participant"),
  /** A clinician. */
  CLINICIAN("clinician"),
  /** A support person (family member, friend) with a release. */
  SUPPORT_PERSON("support");

  private final String claim;

  TokenRole(String claim) {
    this.claim = claim;
  }

  /**
   * The claim value.
   *
   * @return for example {@code clinician}
   */
  public String claim() {
    return claim;
  }

  /**
   * Parses a claim value.
   *
   * @param claim the value, may be null
   * @return the role, or empty
   */
  public static Optional<TokenRole> fromClaim(String claim) {
    for (TokenRole r : values()) {
      if (r.claim.equals(claim)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
