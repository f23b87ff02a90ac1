package org.openiop.core.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.Violation;

/**
 * A progress note about one participant in DAP, SOAP or BIRP format: a draft until its author signs
 * it, then immutable, corrected only by {@link Addendum addenda}.
 *
 * <p>Progress notes are part of the participant's designated record set (the participant may see
 * them); process notes belong in a {@link PsychotherapyNote}. A note that documents substance use
 * disorder treatment carries {@link #substanceUseRecord()} so the access policy applies 42 CFR Part
 * 2. Immutable and thread-safe: every change returns a new note. {@code toString} shows ids, format
 * and status only.
 *
 * <pre>{@code
 * ProgressNote draft = ProgressNote.builder()
 *     .id(noteId).participant(participantId).author(clinicianId).createdAt(now)
 *     .format(NoteFormat.DAP)
 *     .section(NoteSection.DATA, "...").section(NoteSection.ASSESSMENT, "...")
 *     .section(NoteSection.PLAN, "...")
 *     .build();
 * ProgressNote signed = draft.sign(clinicianId, later);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProgressNote {
  private final NoteId id;
  private final ParticipantId participant;
  private final ClinicianId author;
  private final @Nullable SessionId session;
  private final Instant createdAt;
  private final NoteFormat format;
  private final Map<NoteSection, ClinicalText> sections;
  private final boolean substanceUseRecord;
  private final @Nullable NoteSignature signature;
  private final List<Addendum> addenda;

  private ProgressNote(
      NoteId id,
      ParticipantId participant,
      ClinicianId author,
      @Nullable SessionId session,
      Instant createdAt,
      NoteFormat format,
      Map<NoteSection, ClinicalText> sections,
      boolean substanceUseRecord,
      @Nullable NoteSignature signature,
      List<Addendum> addenda) {
    this.id = id;
    this.participant = participant;
    this.author = author;
    this.session = session;
    this.createdAt = createdAt;
    this.format = format;
    this.sections = sections;
    this.substanceUseRecord = substanceUseRecord;
    this.signature = signature;
    this.addenda = addenda;
  }

  /**
   * Starts a draft.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
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
   * Whose note it is.
   *
   * @return never {@code null}
   */
  public ParticipantId participant() {
    return participant;
  }

  /**
   * Who wrote it.
   *
   * @return never {@code null}
   */
  public ClinicianId author() {
    return author;
  }

  /**
   * The session it documents.
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
   * The format.
   *
   * @return never {@code null}
   */
  public NoteFormat format() {
    return format;
  }

  /**
   * One section's text.
   *
   * @param section a section of this note's format
   * @return the text
   * @throws IllegalArgumentException if the format has no such section
   */
  public ClinicalText section(NoteSection section) {
    ClinicalText t = sections.get(Objects.requireNonNull(section, "section == null"));
    if (t == null) {
      throw new IllegalArgumentException("format " + format + " has no section " + section);
    }
    return t;
  }

  /**
   * All sections in format order.
   *
   * @return an unmodifiable map
   */
  public Map<NoteSection, ClinicalText> sections() {
    return sections;
  }

  /**
   * Whether this note is a substance use disorder record under 42 CFR Part 2.
   *
   * @return true if Part 2 applies
   */
  public boolean substanceUseRecord() {
    return substanceUseRecord;
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
   * Whether the note is signed (and so immutable).
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
   * Replaces one section of a draft.
   *
   * @param section a section of this note's format
   * @param text the new text
   * @return the changed draft
   * @throws IllegalStateException if the note is signed
   */
  public ProgressNote withSection(NoteSection section, String text) {
    NoteRules.requireDraft(id, signature);
    section(section);
    Map<NoteSection, ClinicalText> copy = new EnumMap<>(sections);
    copy.put(section, ClinicalText.of("sections." + section, text));
    return new ProgressNote(
        id,
        participant,
        author,
        session,
        createdAt,
        format,
        Collections.unmodifiableMap(copy),
        substanceUseRecord,
        null,
        addenda);
  }

  /**
   * Signs the draft; only its author may.
   *
   * @param signer the signing clinician; must be the author
   * @param at when; not before creation
   * @return the signed note
   * @throws IllegalStateException if already signed
   * @throws IllegalArgumentException if the signer is not the author
   */
  public ProgressNote sign(ClinicianId signer, Instant at) {
    NoteSignature s = NoteRules.sign(id, author, createdAt, signature, signer, at);
    return new ProgressNote(
        id,
        participant,
        author,
        session,
        createdAt,
        format,
        sections,
        substanceUseRecord,
        s,
        addenda);
  }

  /**
   * Adds an addendum to a signed note.
   *
   * @param writer who writes it; never {@code null}
   * @param text what it says
   * @param at when; not before the signature
   * @return the note with the addendum appended
   * @throws IllegalStateException if the note is not signed
   */
  public ProgressNote addAddendum(ClinicianId writer, String text, Instant at) {
    Addendum a = new Addendum(writer, at, ClinicalText.of("addendum.text", text), null);
    return new ProgressNote(
        id,
        participant,
        author,
        session,
        createdAt,
        format,
        sections,
        substanceUseRecord,
        signature,
        NoteRules.withAddendum(id, signature, addenda, a));
  }

  @Override
  public String toString() {
    return "ProgressNote[id="
        + id
        + ", participant="
        + participant
        + ", author="
        + author
        + ", format="
        + format
        + ", status="
        + (signature == null ? "draft" : "signed")
        + ", addenda="
        + addenda.size()
        + ", text redacted]";
  }

  /**
   * Builds a draft {@link ProgressNote}; not thread-safe. {@link #build()} reports every problem at
   * once.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable NoteId id;
    private @Nullable ParticipantId participant;
    private @Nullable ClinicianId author;
    private @Nullable SessionId session;
    private @Nullable Instant createdAt;
    private @Nullable NoteFormat format;
    private final Map<NoteSection, String> sections = new EnumMap<>(NoteSection.class);
    private boolean substanceUseRecord;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id the note id
     * @return this builder
     */
    public Builder id(NoteId id) {
      this.id = id;
      return this;
    }

    /**
     * Sets whose note it is.
     *
     * @param participant the participant
     * @return this builder
     */
    public Builder participant(ParticipantId participant) {
      this.participant = participant;
      return this;
    }

    /**
     * Sets the author.
     *
     * @param author the clinician
     * @return this builder
     */
    public Builder author(ClinicianId author) {
      this.author = author;
      return this;
    }

    /**
     * Sets the documented session.
     *
     * @param session the session, or {@code null}
     * @return this builder
     */
    public Builder session(@Nullable SessionId session) {
      this.session = session;
      return this;
    }

    /**
     * Sets the creation time.
     *
     * @param createdAt when
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = createdAt;
      return this;
    }

    /**
     * Sets the format.
     *
     * @param format DAP, SOAP or BIRP
     * @return this builder
     */
    public Builder format(NoteFormat format) {
      this.format = format;
      return this;
    }

    /**
     * Sets one section's text.
     *
     * @param section the section
     * @param text the text (PHI; never logged)
     * @return this builder
     */
    public Builder section(NoteSection section, String text) {
      sections.put(Objects.requireNonNull(section, "section == null"), text);
      return this;
    }

    /**
     * Marks the note as a 42 CFR Part 2 substance use disorder record.
     *
     * @param substanceUseRecord whether Part 2 applies
     * @return this builder
     */
    public Builder substanceUseRecord(boolean substanceUseRecord) {
      this.substanceUseRecord = substanceUseRecord;
      return this;
    }

    /**
     * Validates and builds the draft.
     *
     * @return the draft
     * @throws InvalidInputException listing every missing field, missing or extra section and blank
     *     text, by path
     */
    public ProgressNote build() {
      List<Violation> v = new ArrayList<>();
      required(v, "id", id);
      required(v, "participant", participant);
      required(v, "author", author);
      required(v, "createdAt", createdAt);
      required(v, "format", format);
      Map<NoteSection, ClinicalText> texts = new EnumMap<>(NoteSection.class);
      if (format != null) {
        for (NoteSection s : format.sections()) {
          String text = sections.get(s);
          if (text == null) {
            v.add(new Violation("sections." + s, "is required by format " + format));
          } else {
            try {
              texts.put(s, ClinicalText.of("sections." + s, text));
            } catch (InvalidInputException e) {
              v.addAll(e.violations());
            }
          }
        }
        for (NoteSection s : sections.keySet()) {
          if (!format.sections().contains(s)) {
            v.add(new Violation("sections." + s, "is not a section of format " + format));
          }
        }
      }
      if (!v.isEmpty()) {
        throw new InvalidInputException(v);
      }
      return new ProgressNote(
          Objects.requireNonNull(id),
          Objects.requireNonNull(participant),
          Objects.requireNonNull(author),
          session,
          Objects.requireNonNull(createdAt),
          Objects.requireNonNull(format),
          Collections.unmodifiableMap(texts),
          substanceUseRecord,
          null,
          List.of());
    }

    private static void required(List<Violation> v, String path, @Nullable Object value) {
      if (value == null) {
        v.add(new Violation(path, "must not be null"));
      }
    }
  }
}
