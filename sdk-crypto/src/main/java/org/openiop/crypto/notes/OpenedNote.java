package org.openiop.crypto.notes;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * The result of opening a sealed note: the plaintext note and the verified author, time and
 * amendment link. {@code toString} shows ids only.
 *
 * @param note the plaintext note; never {@code null}
 * @param author the author whose signature verified; never {@code null}
 * @param created the creation time the author signed; never {@code null}
 * @param amends the hash of the note this one amends, or empty
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OpenedNote(
    ClinicalNote note, Principal author, Instant created, Optional<String> amends) {
  /** Checks the components. */
  public OpenedNote {
    Objects.requireNonNull(note, "note == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(created, "created == null");
    Objects.requireNonNull(amends, "amends == null");
  }
}
