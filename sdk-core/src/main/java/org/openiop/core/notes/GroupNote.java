package org.openiop.core.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.Violation;

/**
 * A note about a group session: one shared part (topic, interventions, group process) and one
 * individual part per member, so that each member's record gets a note about them only ({@link
 * #extractFor}).
 *
 * <p>The member identification check runs on every draft and every addendum: a member's part must
 * not contain another member's id or any of their names, and the shared part must identify no
 * member; otherwise the note is refused with one {@link Violation} per offending part (naming the
 * part and the identified member by id, never the text). Immutable and thread-safe; {@code
 * toString} shows ids only.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class GroupNote {
  private final NoteId id;
  private final SessionId session;
  private final ClinicianId author;
  private final Instant createdAt;
  private final ClinicalText sharedPart;
  private final Map<ParticipantId, ClinicalText> memberParts;
  private final boolean substanceUseRecord;
  private final @Nullable NoteSignature signature;
  private final List<Addendum> addenda;

  private GroupNote(
      NoteId id,
      SessionId session,
      ClinicianId author,
      Instant createdAt,
      ClinicalText sharedPart,
      Map<ParticipantId, ClinicalText> memberParts,
      boolean substanceUseRecord,
      @Nullable NoteSignature signature,
      List<Addendum> addenda) {
    this.id = id;
    this.session = session;
    this.author = author;
    this.createdAt = createdAt;
    this.sharedPart = sharedPart;
    this.memberParts = memberParts;
    this.substanceUseRecord = substanceUseRecord;
    this.signature = signature;
    this.addenda = addenda;
  }

  /**
   * Runs the checks of {@link #draft} without building a note, for live feedback in an editor.
   *
   * @param sharedPart the shared text
   * @param memberParts each member's text, by member id
   * @param members the group's members with their identifying names
   * @return every violation, empty if the note is acceptable
   */
  public static List<Violation> check(
      String sharedPart, Map<ParticipantId, String> memberParts, Collection<GroupMember> members) {
    Objects.requireNonNull(memberParts, "memberParts == null");
    Objects.requireNonNull(members, "members == null");
    List<Violation> v = new ArrayList<>();
    Set<ParticipantId> ids = new java.util.HashSet<>();
    for (GroupMember m : members) {
      ids.add(Objects.requireNonNull(m, "member == null").id());
    }
    if (ids.size() < members.size()) {
      v.add(new Violation("members", "must not list a member twice"));
    }
    text(v, "sharedPart", sharedPart);
    if (sharedPart != null && !sharedPart.isBlank()) {
      MemberIdentification.check(v, "sharedPart", sharedPart, null, members);
    }
    for (Map.Entry<ParticipantId, String> e : memberParts.entrySet()) {
      String path = "memberParts." + e.getKey();
      if (!ids.contains(e.getKey())) {
        v.add(new Violation(path, "is not a member of the group"));
        continue;
      }
      if (text(v, path, e.getValue())) {
        MemberIdentification.check(v, path, e.getValue(), e.getKey(), members);
      }
    }
    for (ParticipantId m : ids) {
      if (!memberParts.containsKey(m)) {
        v.add(new Violation("memberParts." + m, "is missing: every member needs an own part"));
      }
    }
    return v;
  }

  private static boolean text(List<Violation> v, String path, @Nullable String text) {
    try {
      ClinicalText.of(path, text);
      return true;
    } catch (InvalidInputException e) {
      v.addAll(e.violations());
      return false;
    }
  }

  /**
   * Creates a draft after the checks.
   *
   * @param id the note id; never {@code null}
   * @param session the group session; never {@code null}
   * @param author the clinician; never {@code null}
   * @param createdAt when; never {@code null}
   * @param sharedPart the part about the group as a whole (PHI; never logged)
   * @param memberParts one part per member, by member id (PHI; never logged)
   * @param members the members with their identifying names; never {@code null}
   * @param substanceUseRecord whether 42 CFR Part 2 applies to the note
   * @return the draft
   * @throws InvalidInputException listing every blank part, unknown or missing member, and part
   *     that identifies another member
   */
  public static GroupNote draft(
      NoteId id,
      SessionId session,
      ClinicianId author,
      Instant createdAt,
      String sharedPart,
      Map<ParticipantId, String> memberParts,
      Collection<GroupMember> members,
      boolean substanceUseRecord) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(createdAt, "createdAt == null");
    List<Violation> v = check(sharedPart, memberParts, members);
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    Map<ParticipantId, ClinicalText> parts = new LinkedHashMap<>();
    memberParts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> parts.put(e.getKey(), ClinicalText.of(e.getValue())));
    return new GroupNote(
        id,
        session,
        author,
        createdAt,
        ClinicalText.of(sharedPart),
        Collections.unmodifiableMap(parts),
        substanceUseRecord,
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
   * The group session.
   *
   * @return never {@code null}
   */
  public SessionId session() {
    return session;
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
   * When the draft was created.
   *
   * @return never {@code null}
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The members, in id order.
   *
   * @return an immutable set
   */
  public Set<ParticipantId> members() {
    return memberParts.keySet();
  }

  /**
   * Whether 42 CFR Part 2 applies.
   *
   * @return true if it does
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
   * Whether the note is signed.
   *
   * @return true if signed
   */
  public boolean isSigned() {
    return signature != null;
  }

  /**
   * All addenda, oldest first.
   *
   * @return an immutable list
   */
  public List<Addendum> addenda() {
    return addenda;
  }

  /**
   * The view of this note that belongs in one member's record.
   *
   * @param member a member of the group
   * @return the shared part, the member's part and their addenda
   * @throws IllegalArgumentException if {@code member} was not in the group
   */
  public GroupNoteExtract extractFor(ParticipantId member) {
    ClinicalText own = memberParts.get(Objects.requireNonNull(member, "member == null"));
    if (own == null) {
      throw new IllegalArgumentException(member + " is not a member of group note " + id);
    }
    List<Addendum> relevant = new ArrayList<>();
    for (Addendum a : addenda) {
      if (a.member() == null || member.equals(a.member())) {
        relevant.add(a);
      }
    }
    return new GroupNoteExtract(id, session, member, author, sharedPart, own, signature, relevant);
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
  public GroupNote sign(ClinicianId signer, Instant at) {
    NoteSignature s = NoteRules.sign(id, author, createdAt, signature, signer, at);
    return new GroupNote(
        id, session, author, createdAt, sharedPart, memberParts, substanceUseRecord, s, addenda);
  }

  /**
   * Adds an addendum to the shared part or to one member's part of the signed note, after the same
   * identification check.
   *
   * @param writer who writes it; never {@code null}
   * @param member the member whose part it amends, or {@code null} for the shared part
   * @param text what it says (PHI; never logged)
   * @param at when; not before the signature
   * @param members the members with their identifying names; never {@code null}
   * @return the note with the addendum
   * @throws IllegalStateException if not signed
   * @throws InvalidInputException if the text identifies another member (or, for the shared part,
   *     any member)
   */
  public GroupNote addAddendum(
      ClinicianId writer,
      @Nullable ParticipantId member,
      String text,
      Instant at,
      Collection<GroupMember> members) {
    Objects.requireNonNull(members, "members == null");
    Set<ParticipantId> listed = new java.util.HashSet<>();
    members.forEach(m -> listed.add(m.id()));
    if (!listed.containsAll(memberParts.keySet())) {
      throw new IllegalArgumentException("members must include every member of group note " + id);
    }
    if (member != null && !memberParts.containsKey(member)) {
      throw new IllegalArgumentException(member + " is not a member of group note " + id);
    }
    ClinicalText t = ClinicalText.of("addendum.text", text);
    List<Violation> v = new ArrayList<>();
    MemberIdentification.check(v, "addendum.text", text, member, members);
    if (!v.isEmpty()) {
      throw new InvalidInputException(v);
    }
    Addendum a = new Addendum(writer, at, t, member);
    return new GroupNote(
        id,
        session,
        author,
        createdAt,
        sharedPart,
        memberParts,
        substanceUseRecord,
        signature,
        NoteRules.withAddendum(id, signature, addenda, a));
  }

  @Override
  public String toString() {
    return "GroupNote[id="
        + id
        + ", session="
        + session
        + ", author="
        + author
        + ", members="
        + memberParts.keySet()
        + ", status="
        + (signature == null ? "draft" : "signed")
        + ", text redacted]";
  }
}
