package org.openiop.crypto.notes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;

/**
 * The plaintext of a clinical note with the metadata the envelope binds: note id, version,
 * participant and content type.
 *
 * <p>The body is PHI: {@code toString} shows ids only, and {@link #body()} returns a copy.
 * Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClinicalNote {
  /** Largest body accepted, 8 MiB; larger content belongs in an attachment. */
  public static final int MAX_BODY_BYTES = 8 * 1024 * 1024;

  static final java.util.regex.Pattern CONTENT_TYPE =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9.+-]{0,63}/[a-z0-9][a-z0-9.+-]{0,63}");

  private final NoteId noteId;
  private final int version;
  private final ParticipantId participantId;
  private final String contentType;
  private final byte[] body;

  private ClinicalNote(
      NoteId noteId, int version, ParticipantId participantId, String contentType, byte[] body) {
    this.noteId = Objects.requireNonNull(noteId, "noteId == null");
    this.participantId = Objects.requireNonNull(participantId, "participantId == null");
    Objects.requireNonNull(contentType, "contentType == null");
    Objects.requireNonNull(body, "body == null");
    if (version < 1) {
      throw InvalidInputException.of("note.version", "must be at least 1");
    }
    if (!CONTENT_TYPE.matcher(contentType).matches()) {
      throw InvalidInputException.of("note.contentType", "must be a lower-case type/subtype");
    }
    if (body.length > MAX_BODY_BYTES) {
      throw InvalidInputException.of("note.body", "must be at most 8 MiB");
    }
    this.version = version;
    this.contentType = contentType;
    this.body = body.clone();
  }

  /**
   * A note with a byte body.
   *
   * @param noteId the note; never {@code null}
   * @param version 1 for a new note, +1 for each new version
   * @param participantId whom the note is about; never {@code null}
   * @param contentType lower-case MIME type such as {@code text/plain}
   * @param body the content (copied); never {@code null}
   * @return the note
   * @throws InvalidInputException if a rule is broken (the message quotes no content)
   */
  public static ClinicalNote of(
      NoteId noteId, int version, ParticipantId participantId, String contentType, byte[] body) {
    return new ClinicalNote(noteId, version, participantId, contentType, body);
  }

  /**
   * A UTF-8 {@code text/plain} note.
   *
   * @param noteId the note; never {@code null}
   * @param version the version, at least 1
   * @param participantId whom the note is about; never {@code null}
   * @param text the content; never {@code null}
   * @return the note
   */
  public static ClinicalNote text(
      NoteId noteId, int version, ParticipantId participantId, String text) {
    Objects.requireNonNull(text, "text == null");
    return new ClinicalNote(
        noteId, version, participantId, "text/plain", text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The same content as a new version.
   *
   * @param newVersion the version number
   * @return the note
   */
  public ClinicalNote withVersion(int newVersion) {
    return new ClinicalNote(noteId, newVersion, participantId, contentType, body);
  }

  /**
   * The note id.
   *
   * @return never {@code null}
   */
  public NoteId noteId() {
    return noteId;
  }

  /**
   * The version.
   *
   * @return at least 1
   */
  public int version() {
    return version;
  }

  /**
   * Whom the note is about.
   *
   * @return never {@code null}
   */
  public ParticipantId participantId() {
    return participantId;
  }

  /**
   * The MIME type of the body.
   *
   * @return never {@code null}
   */
  public String contentType() {
    return contentType;
  }

  /**
   * A copy of the body.
   *
   * @return the bytes
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClinicalNote n
        && noteId.equals(n.noteId)
        && version == n.version
        && participantId.equals(n.participantId)
        && contentType.equals(n.contentType)
        && MessageDigest.isEqual(body, n.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(noteId, version, participantId, contentType);
  }

  @Override
  public String toString() {
    return "ClinicalNote[noteId="
        + noteId
        + ", version="
        + version
        + ", participantId="
        + participantId
        + ", contentType="
        + contentType
        + ", body=(redacted "
        + body.length
        + " bytes)]";
  }
}
