package org.openiop.core.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;

/** The signing and addendum rules shared by every note type. */
final class NoteRules {
  private NoteRules() {}

  static NoteSignature sign(
      NoteId id,
      ClinicianId author,
      Instant createdAt,
      @Nullable NoteSignature current,
      ClinicianId signer,
      Instant at) {
    Objects.requireNonNull(signer, "signer == null");
    Objects.requireNonNull(at, "at == null");
    if (current != null) {
      throw new IllegalStateException("note " + id + " is already signed");
    }
    if (!signer.equals(author)) {
      throw new IllegalArgumentException(
          "only the author " + author + " may sign note " + id + ", not " + signer);
    }
    if (at.isBefore(createdAt)) {
      throw InvalidInputException.of("signedAt", "must not be before the note was created");
    }
    return new NoteSignature(signer, at);
  }

  static void requireDraft(NoteId id, @Nullable NoteSignature signature) {
    if (signature != null) {
      throw new IllegalStateException("note " + id + " is signed; correct it with an addendum");
    }
  }

  static List<Addendum> withAddendum(
      NoteId id, @Nullable NoteSignature signature, List<Addendum> addenda, Addendum addendum) {
    if (signature == null) {
      throw new IllegalStateException("note " + id + " is not signed; edit the draft instead");
    }
    if (addendum.writtenAt().isBefore(signature.signedAt())) {
      throw InvalidInputException.of("addendum.writtenAt", "must not be before the signature");
    }
    List<Addendum> out = new ArrayList<>(addenda);
    out.add(addendum);
    return List.copyOf(out);
  }
}
