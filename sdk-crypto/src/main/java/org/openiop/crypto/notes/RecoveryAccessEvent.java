package org.openiop.crypto.notes;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Principal;

/**
 * The organization's recovery reader opened a note: what an audit trail must record.
 *
 * <p>The reason is free text written by staff and may mention a person, so {@code toString} redacts
 * it; read it with {@link #reason()} and store it where PHI may go.
 *
 * @param noteId the note opened; never {@code null}
 * @param version its version
 * @param participantId whom it is about; never {@code null}
 * @param recoveryReader the recovery principal whose key opened it; never {@code null}
 * @param requestedBy who asked for the recovery; never {@code null}
 * @param reason why (continuity of care, legal hold, ...); never blank
 * @param at when, from the sealer's clock; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RecoveryAccessEvent(
    NoteId noteId,
    int version,
    ParticipantId participantId,
    Principal recoveryReader,
    Principal requestedBy,
    String reason,
    Instant at) {
  /** Checks the components. */
  public RecoveryAccessEvent {
    Objects.requireNonNull(noteId, "noteId == null");
    Objects.requireNonNull(participantId, "participantId == null");
    Objects.requireNonNull(recoveryReader, "recoveryReader == null");
    Objects.requireNonNull(requestedBy, "requestedBy == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(at, "at == null");
  }

  @Override
  public String toString() {
    return "RecoveryAccessEvent[noteId="
        + noteId
        + ", version="
        + version
        + ", participantId="
        + participantId
        + ", recoveryReader="
        + recoveryReader
        + ", requestedBy="
        + requestedBy
        + ", reason=(redacted), at="
        + at
        + "]";
  }
}
