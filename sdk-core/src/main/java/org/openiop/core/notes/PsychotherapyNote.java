package org.openiop.core.notes;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;

/**
 * A psychotherapy note (45 CFR 164.501): the clinician's own process notes about a session, kept
 * separate from the record.
 *
 * <p>It is its own type so it can never be mixed into progress notes or exports: the participant
 * has no right of access to it (45 CFR 164.524(a)(1)(i), kept by the Cures Act), and only its
 * author may use it (45 CFR 164.508(a)(2)); the access policy enforces both. By definition it must
 * not hold medication, session start and stop times, modalities, test results, diagnosis,
 * functional status, treatment plan, symptoms, prognosis or progress: those belong in a {@link
 * ProgressNote}. The SDK cannot check free text for that; the author must. Immutable and
 * thread-safe; {@code toString} shows ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PsychotherapyNote {
  private final NoteId id;
  private final ParticipantId participant;
  private final ClinicianId author;
  private final @Nullable SessionId session;
  private final Instant createdAt;
  private final ClinicalText text;
  private final @Nullable NoteSignature signature;
  private final List<Addendum> addenda;

  private PsychotherapyNote(
      NoteId id,
      ParticipantId participant,
      ClinicianId author,
      @Nullable SessionId session,
      Instant createdAt,
      ClinicalText text,
      @Nullable NoteSignature signature,
      List<Addendum> addenda) {
    this.id = id;
    this.participant = participant;
    this.author = author;
    this.session = session;
    this.createdAt = createdAt;
    this.text = text;
    this.signature = signature;
    this.addenda = addenda;
  }

  /**
   * Creates a draft.
   *
   * @param id the note id; never {@code null}
   * @param participant whose session it concerns; never {@code null}
   * @param author the clinician; never {@code null}
   * @param session the session, or {@code null}
   * @param createdAt when; never {@code null}
   * @param text the process notes (PHI; never logged)
   * @return the draft
   * @throws org.openiop.core.InvalidInputException if the text is blank or too long
   */
  public static PsychotherapyNote draft(
      NoteId id,
      ParticipantId participant,
      ClinicianId author,
      @Nullable SessionId session,
      Instant createdAt,
      String text) {
    return new PsychotherapyNote(
        Objects.requireNonNull(id, "id == null"),
        Objects.requireNonNull(participant, "participant == null"),
        Objects.requireNonNull(author, "author == null"),
        session,
        Objects.requireNonNull(createdAt, "createdAt == null"),
        ClinicalText.of(text),
        null,
        List.of());
  }

  /**
   * The note's id.
   *
   * @return never {@code null}
   */
  public NoteId id() {
    return id;
  }

  /**
   * Whose session it concerns.
   *
   * @return never {@code null}
   */
  public ParticipantId participant() {
    return participant;
  }

  /**
   * The author, the only clinician who may read it.
   *
   * @return never {@code null}
   */
  public ClinicianId author() {
    return author;
  }

  /**
   * The session.
   *
   * @return the session, or empty
   */
  public Optional<SessionId> session() {
    return Optional.ofNullable(session);
  }

  /**
   * When the draft was created.
   *
   * @return never {@code null}
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The text.
   *
   * @return never {@code null}
   */
  public ClinicalText text() {
    return text;
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
   * Whether the note is signed.
   *
   * @return true if signed
   */
  public boolean isSigned() {
    return signature != null;
  }

  /**
   * The addenda, oldest first.
   *
   * @return an immutable list
   */
  public List<Addendum> addenda() {
    return addenda;
  }

  /**
   * Replaces the text of a draft.
   *
   * @param newText the text
   * @return the changed draft
   * @throws IllegalStateException if signed
   */
  public PsychotherapyNote withText(String newText) {
    NoteRules.requireDraft(id, signature);
    return new PsychotherapyNote(
        id, participant, author, session, createdAt, ClinicalText.of(newText), null, addenda);
  }

  /**
   * Signs the draft; only its author may.
   *
   * @param signer must be the author
   * @param at when; not before creation
   * @return the signed note
   * @throws IllegalStateException if already signed
   * @throws IllegalArgumentException if the signer is not the author
   */
  public PsychotherapyNote sign(ClinicianId signer, Instant at) {
    NoteSignature s = NoteRules.sign(id, author, createdAt, signature, signer, at);
    return new PsychotherapyNote(id, participant, author, session, createdAt, text, s, addenda);
  }

  /**
   * Adds an addendum to the signed note; only its author may.
   *
   * @param writer must be the author
   * @param addendumText what it says
   * @param at when; not before the signature
   * @return the note with the addendum
   * @throws IllegalStateException if not signed
   * @throws IllegalArgumentException if the writer is not the author
   */
  public PsychotherapyNote addAddendum(ClinicianId writer, String addendumText, Instant at) {
    if (!author.equals(Objects.requireNonNull(writer, "writer == null"))) {
      throw new IllegalArgumentException(
          "only the author " + author + " may amend psychotherapy note " + id);
    }
    Addendum a = new Addendum(writer, at, ClinicalText.of("addendum.text", addendumText), null);
    return new PsychotherapyNote(
        id,
        participant,
        author,
        session,
        createdAt,
        text,
        signature,
        NoteRules.withAddendum(id, signature, addenda, a));
  }

  @Override
  public String toString() {
    return "PsychotherapyNote[id="
        + id
        + ", participant="
        + participant
        + ", author="
        + author
        + ", status="
        + (signature == null ? "draft" : "signed")
        + ", text redacted]";
  }
}
