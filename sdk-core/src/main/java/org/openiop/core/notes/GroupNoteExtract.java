package org.openiop.core.notes;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;

/**
 * One member's view of a group note: the shared part and that member's own part (and the addenda to
 * either), never another member's part. This is what goes into the member's record.
 *
 * <p>Immutable and thread-safe; {@code toString} shows ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class GroupNoteExtract {
  private final NoteId noteId;
  private final SessionId session;
  private final ParticipantId member;
  private final ClinicianId author;
  private final ClinicalText sharedPart;
  private final ClinicalText memberPart;
  private final @Nullable NoteSignature signature;
  private final List<Addendum> addenda;

  GroupNoteExtract(
      NoteId noteId,
      SessionId session,
      ParticipantId member,
      ClinicianId author,
      ClinicalText sharedPart,
      ClinicalText memberPart,
      @Nullable NoteSignature signature,
      List<Addendum> addenda) {
    this.noteId = noteId;
    this.session = session;
    this.member = member;
    this.author = author;
    this.sharedPart = sharedPart;
    this.memberPart = memberPart;
    this.signature = signature;
    this.addenda = List.copyOf(addenda);
  }

  /**
   * The group note's id.
   *
   * @return never {@code null}
   */
  public NoteId noteId() {
    return noteId;
  }

  /**
   * The group session.
   *
   * @return never {@code null}
   */
  public SessionId session() {
    return session;
  }

  /**
   * The member this extract is for.
   *
   * @return never {@code null}
   */
  public ParticipantId member() {
    return member;
  }

  /**
   * The author.
   *
   * @return never {@code null}
   */
  public ClinicianId author() {
    return author;
  }

  /**
   * The part shared by all members (which identifies none of them).
   *
   * @return never {@code null}
   */
  public ClinicalText sharedPart() {
    return sharedPart;
  }

  /**
   * The member's own part.
   *
   * @return never {@code null}
   */
  public ClinicalText memberPart() {
    return memberPart;
  }

  /**
   * The signature.
   *
   * @return the signature, or empty for a draft
   */
  public Optional<NoteSignature> signature() {
    return Optional.ofNullable(signature);
  }

  /**
   * Addenda to the shared part or to this member's part, oldest first.
   *
   * @return an immutable list
   */
  public List<Addendum> addenda() {
    return addenda;
  }

  @Override
  public String toString() {
    return "GroupNoteExtract[note=" + noteId + ", member=" + member + ", text redacted]";
  }
}
