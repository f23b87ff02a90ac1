package org.openiop.core.notes;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;

/**
 * Who signed a note and when; a signed note no longer changes.
 *
 * @param signer the signing clinician; never {@code null}
 * @param signedAt when; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record NoteSignature(ClinicianId signer, Instant signedAt) {
  /** Checks presence. */
  public NoteSignature {
    Objects.requireNonNull(signer, "signer == null");
    Objects.requireNonNull(signedAt, "signedAt == null");
  }
}
