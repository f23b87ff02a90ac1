package org.openiop.examples.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.notes.GroupMember;
import org.openiop.core.notes.GroupNote;
import org.openiop.core.notes.GroupNoteExtract;
import org.openiop.core.people.Participant;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.program.Session;
import org.openiop.crypto.keys.AttestedBundle;
import org.openiop.crypto.keys.DirectoryAuthority;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.messaging.EncryptedMessage;
import org.openiop.crypto.messaging.EpochRecord;
import org.openiop.crypto.messaging.MessagingService;
import org.openiop.crypto.messaging.ReceivedMessage;
import org.openiop.crypto.messaging.ReplayGuard;
import org.openiop.crypto.messaging.ThreadId;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.OpenedNote;
import org.openiop.crypto.notes.SealedNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the demo's clinical notes: drafts them, seals them end to end for the care team (and a
 * consenting family member), checks that a reader can open each one, and writes the envelopes, the
 * insecure key files and the public key directory.
 */
final class NoteDesk {
  private static final Logger LOG = LoggerFactory.getLogger(NoteDesk.class);
  static final String ISSUER = "https://directory.iop-demo.invalid";

  /** Receives audit entries. */
  interface Auditor {
    void audit(
        String resource,
        AuditAction action,
        String actor,
        String role,
        ParticipantId participant,
        String reason);
  }

  /** A sealed note as the summary lists it. */
  record Written(
      String file,
      NoteId note,
      String kind,
      ParticipantId participant,
      Principal author,
      List<Principal> readers) {}

  private final Outputs out;
  private final Auditor auditor;
  private final DirectoryAuthority authority;
  private final InMemoryKeyDirectory store = new InMemoryKeyDirectory();
  private final NoteSealer sealer;
  private final TrustedDirectory trusted;
  private final Clock clock;
  private final Map<Principal, Identity> identities = new LinkedHashMap<>();
  private final List<AttestedBundle> bundles = new ArrayList<>();
  private final IdGenerator ids;
  final List<Written> written = new ArrayList<>();
  private boolean groupNote;

  NoteDesk(Outputs out, Clock clock, Auditor auditor, long seed) {
    this.out = out;
    this.auditor = auditor;
    this.ids = IdGenerator.seeded(seed * 17 + 3);
    this.authority = DirectoryAuthority.generate(ISSUER, "iop-demo-directory-1", clock);
    this.clock = clock;
    this.trusted = new TrustedDirectory(store, authority.publicKey(), ISSUER);
    this.sealer = NoteSealer.builder(trusted).clock(clock).build();
  }

  /** The identity of {@code p}, enrolled in the directory on first use. */
  Identity identity(Principal p) {
    return identities.computeIfAbsent(
        p,
        k -> {
          Identity id = Identity.generate(k);
          AttestedBundle b = authority.attest(id.publicBundle());
          store.publish(b);
          bundles.add(b);
          return id;
        });
  }

  boolean hasGroupNote() {
    return groupNote;
  }

  void progressNote(Session s, ClinicianId author, ParticipantId p, List<ClinicianId> team)
      throws Exception {
    List<Principal> readers = new ArrayList<>();
    team.forEach(c -> readers.add(Principal.of(c)));
    readers.add(Principal.of(p));
    String text =
        "DAP progress note. Data: attended the final individual session of the program and"
            + " reviewed thought records and the relapse-prevention plan. Assessment: engaged,"
            + " mood improved since intake. Plan: step down to weekly outpatient therapy.";
    seal("progress", s, author, p, text, readers, Principal.of(p));
  }

  void familyNote(
      Session s,
      ClinicianId author,
      ParticipantId p,
      SupportPersonId family,
      List<ClinicianId> team)
      throws Exception {
    List<Principal> readers = new ArrayList<>();
    team.forEach(c -> readers.add(Principal.of(c)));
    readers.add(Principal.of(p));
    readers.add(Principal.of(family));
    String text =
        "Family session note. The participant and their partner practised a communication"
            + " exercise and agreed on how the partner can support the safety plan at home.";
    seal("family", s, author, p, text, readers, Principal.of(family));
  }

  void groupNote(
      Session s, ClinicianId author, List<Participant> members, List<ClinicianId> facilitators)
      throws Exception {
    Map<ParticipantId, String> parts = new LinkedHashMap<>();
    List<GroupMember> group = new ArrayList<>();
    for (Participant m : members) {
      group.add(GroupMember.of(m));
      parts.put(
          m.id(),
          "Took part in the chain-analysis exercise and named one coping skill to practise.");
    }
    GroupNote note =
        GroupNote.draft(
            NoteId.generate(ids),
            s.id(),
            author,
            s.end(),
            "DBT skills group: distress tolerance (TIPP) taught and practised; homework set.",
            parts,
            group,
            false);
    for (Participant m : members) {
      GroupNoteExtract extract = note.extractFor(m.id());
      List<Principal> readers = new ArrayList<>();
      facilitators.forEach(c -> readers.add(Principal.of(c)));
      readers.add(Principal.of(m.id()));
      seal(
          "group",
          s,
          author,
          m.id(),
          extract.sharedPart().text() + "\n\n" + extract.memberPart().text(),
          readers,
          Principal.of(m.id()),
          extract.noteId(),
          extract.noteId().value() + "-" + m.id().value() + ".json");
    }
    groupNote = true;
  }

  private void seal(
      String kind,
      Session s,
      ClinicianId author,
      ParticipantId p,
      String text,
      List<Principal> readers,
      Principal check)
      throws Exception {
    NoteId id = NoteId.generate(ids);
    seal(kind, s, author, p, text, readers, check, id, id.value() + ".json");
  }

  private void seal(
      String kind,
      Session s,
      ClinicianId author,
      ParticipantId p,
      String text,
      List<Principal> readers,
      Principal check,
      NoteId id,
      String fileName)
      throws Exception {
    Principal writer = Principal.of(author);
    List<Principal> others = readers.stream().filter(r -> !r.equals(writer)).distinct().toList();
    others.forEach(this::identity);
    SealedNote sealed = sealer.seal(ClinicalNote.text(id, 1, p, text), identity(writer), others);
    Path file = out.notes.resolve(fileName);
    Files.write(file, sealed.toByteArray());
    auditor.audit(
        "note", AuditAction.CREATE, author.value(), "clinician", p, kind + "-note-sealed");
    OpenedNote opened = sealer.open(SealedNote.parse(Files.readAllBytes(file)), identity(check));
    if (!opened.author().equals(writer) || !opened.note().bodyText().equals(text)) {
      throw new IllegalStateException("note " + id + " did not open to what was sealed");
    }
    auditor.audit(
        "note",
        AuditAction.READ,
        check.id(),
        check.kind().name().toLowerCase(java.util.Locale.ROOT),
        p,
        kind + "-note-opened");
    List<Principal> all = new ArrayList<>(sealed.readers());
    all.sort(null);
    written.add(new Written("notes/" + fileName, id, kind, p, writer, all));
    LOG.info("{} note {} for {} sealed to {} readers", kind, id.value(), p.value(), all.size());
  }

  /** What the group chat showed, for the summary. */
  record Chat(
      String thread,
      List<Principal> membersBefore,
      List<Principal> membersAfter,
      Principal removed,
      int messagesBefore,
      int messagesAfter,
      int deliveries,
      boolean removedLockedOut) {}

  /**
   * Runs one secure group-chat thread: the facilitator starts it for the members, everyone posts
   * and reads, then the facilitator removes {@code removed}; the new epoch's key is wrapped only
   * for the others, so the removed member can no longer open it.
   */
  Chat groupChat(ClinicianId facilitator, List<ParticipantId> members, ParticipantId removed)
      throws Exception {
    MessagingService chat = new MessagingService(trusted, clock);
    Identity host = identity(Principal.of(facilitator));
    java.util.Set<Principal> before = new java.util.TreeSet<>();
    members.forEach(m -> before.add(Principal.of(m)));
    before.forEach(this::identity);
    ThreadId thread = ThreadId.generate(ids);
    EpochRecord e0 = chat.startThread(thread, host, before);
    java.util.Map<Principal, ReplayGuard> guards = new java.util.HashMap<>();
    int deliveries = post(chat, e0, host, "Welcome to the group chat for this cohort.", guards, 0);
    for (Principal m : before) {
      deliveries += post(chat, e0, identity(m), "Thanks, see everyone at group.", guards, 0);
    }
    int messagesBefore = 1 + before.size();
    java.util.Set<Principal> after = new java.util.TreeSet<>(before);
    Principal gone = Principal.of(removed);
    after.remove(gone);
    EpochRecord e1 = chat.changeMembers(e0, host, after);
    boolean lockedOut;
    try {
      chat.openEpoch(e1, identity(gone));
      lockedOut = false;
    } catch (java.security.GeneralSecurityException expected) {
      lockedOut = true;
    }
    deliveries +=
        post(chat, e1, host, "A member has left the group; the chat continues.", guards, 0);
    LOG.info(
        "group chat {}: {} removed in epoch {}; locked out: {}",
        thread.value(),
        gone.text(),
        e1.epoch(),
        lockedOut);
    List<Principal> b = new ArrayList<>(before);
    b.add(0, host.principal());
    List<Principal> a = new ArrayList<>(after);
    a.add(0, host.principal());
    return new Chat(thread.value(), b, a, gone, messagesBefore, 1, deliveries, lockedOut);
  }

  /** Sends one message in {@code epoch} and has every other member open and read it. */
  private int post(
      MessagingService chat,
      EpochRecord epoch,
      Identity sender,
      String text,
      java.util.Map<Principal, ReplayGuard> guards,
      long sequence)
      throws Exception {
    EncryptedMessage m =
        chat.send(
            chat.openEpoch(epoch, sender),
            sender,
            sequence,
            text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    int delivered = 0;
    for (Principal reader : epoch.memberSet()) {
      if (reader.equals(sender.principal())) {
        continue;
      }
      ReceivedMessage got =
          chat.receive(
              chat.openEpoch(epoch, identity(reader)),
              m,
              guards.computeIfAbsent(reader, k -> new ReplayGuard()));
      if (!got.bodyText().equals(text)) {
        throw new IllegalStateException("chat message did not decrypt to what was sent");
      }
      delivered++;
    }
    return delivered;
  }

  /** Writes one insecure key file per identity and the public directory. */
  void finish() throws Exception {
    for (Identity id : identities.values()) {
      KeyFiles.writeIdentity(out.keys, id);
    }
    KeyFiles.writeDirectory(out.directory, ISSUER, authority.publicKey(), bundles, List.of());
  }

  int identityCount() {
    return identities.size();
  }
}
