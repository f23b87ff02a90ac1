package org.openiop.core.privacy.access;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.internal.IdRules;
import org.openiop.core.notes.GroupNote;
import org.openiop.core.notes.ProgressNote;
import org.openiop.core.notes.PsychotherapyNote;

/**
 * What is being accessed: its kind, whose record it is, its id, whether it is a 42 CFR Part 2
 * substance use disorder record and, for psychotherapy notes, who wrote it. Ids only, no content.
 *
 * @param type the kind; never {@code null}
 * @param participant whose record, required for every kind except {@link ResourceType#AUDIT_LOG}
 * @param id the record's id, or {@code null} for the whole category
 * @param substanceUseRecord whether Part 2 applies
 * @param author the author, required for {@link ResourceType#PSYCHOTHERAPY_NOTE}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Resource(
    ResourceType type,
    @Nullable ParticipantId participant,
    @Nullable String id,
    boolean substanceUseRecord,
    @Nullable ClinicianId author) {

  /** Checks the per-kind structure. */
  public Resource {
    Objects.requireNonNull(type, "type == null");
    if ((type == ResourceType.AUDIT_LOG) != (participant == null)) {
      throw InvalidInputException.of(
          "participant", "must be set for every kind of record except the audit log");
    }
    if (type == ResourceType.PSYCHOTHERAPY_NOTE && author == null) {
      throw InvalidInputException.of("author", "must be set for a psychotherapy note");
    }
    if (id != null) {
      IdRules.check("id", id);
    }
  }

  /**
   * A category of a participant's record (all of it, or one record without an id).
   *
   * @param type the kind; not a psychotherapy note or the audit log
   * @param participant whose; never {@code null}
   * @return the resource
   */
  public static Resource of(ResourceType type, ParticipantId participant) {
    return new Resource(
        type, Objects.requireNonNull(participant, "participant == null"), null, false, null);
  }

  /**
   * The same resource with a record id.
   *
   * @param recordId the id
   * @return a copy
   */
  public Resource withId(String recordId) {
    return new Resource(type, participant, recordId, substanceUseRecord, author);
  }

  /**
   * The same resource flagged as a 42 CFR Part 2 record.
   *
   * @return a copy
   */
  public Resource asSubstanceUseRecord() {
    return new Resource(type, participant, id, true, author);
  }

  /**
   * A progress note.
   *
   * @param note the note; never {@code null}
   * @return the resource, carrying the note's Part 2 flag
   */
  public static Resource of(ProgressNote note) {
    Objects.requireNonNull(note, "note == null");
    return new Resource(
        ResourceType.PROGRESS_NOTE,
        note.participant(),
        note.id().value(),
        note.substanceUseRecord(),
        null);
  }

  /**
   * A psychotherapy note.
   *
   * @param note the note; never {@code null}
   * @return the resource, carrying the author
   */
  public static Resource of(PsychotherapyNote note) {
    Objects.requireNonNull(note, "note == null");
    return new Resource(
        ResourceType.PSYCHOTHERAPY_NOTE,
        note.participant(),
        note.id().value(),
        false,
        note.author());
  }

  /**
   * One member's extract of a group note (a progress note in that member's record).
   *
   * @param note the group note; never {@code null}
   * @param member the member; never {@code null}
   * @return the resource
   */
  public static Resource ofExtract(GroupNote note, ParticipantId member) {
    Objects.requireNonNull(note, "note == null");
    Objects.requireNonNull(member, "member == null");
    if (!note.members().contains(member)) {
      throw new IllegalArgumentException(member + " is not a member of group note " + note.id());
    }
    return new Resource(
        ResourceType.PROGRESS_NOTE, member, note.id().value(), note.substanceUseRecord(), null);
  }

  /**
   * The audit log.
   *
   * @return the resource
   */
  public static Resource auditLog() {
    return new Resource(ResourceType.AUDIT_LOG, null, null, false, null);
  }
}
