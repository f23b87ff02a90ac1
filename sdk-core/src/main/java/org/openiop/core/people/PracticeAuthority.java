package org.openiop.core.people;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.Jurisdiction;

/**
 * Why a clinician may treat someone located in a jurisdiction: a licence there, or a compact
 * privilege based on a home licence.
 *
 * @param basis licence or compact privilege; never {@code null}
 * @param jurisdiction where the person being treated is located; never {@code null}
 * @param issuedBy the jurisdiction of the licence relied on (the home licence for a privilege)
 * @param number the licence or privilege number relied on; never {@code null}
 * @param compact the compact's code for a privilege, else {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PracticeAuthority(
    Basis basis,
    Jurisdiction jurisdiction,
    Jurisdiction issuedBy,
    String number,
    @Nullable String compact) {

  /** Checks presence and that a compact is named exactly for privileges. */
  public PracticeAuthority {
    Objects.requireNonNull(basis, "basis == null");
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(issuedBy, "issuedBy == null");
    Objects.requireNonNull(number, "number == null");
    if ((basis == Basis.COMPACT_PRIVILEGE) != (compact != null)) {
      throw new IllegalArgumentException("compact must be set exactly for COMPACT_PRIVILEGE");
    }
  }

  /** The kind of authority. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Basis {
    /** A licence issued by the jurisdiction itself. */
    LICENSE,
    /** A compact privilege into the jurisdiction. */
    COMPACT_PRIVILEGE
  }
}
