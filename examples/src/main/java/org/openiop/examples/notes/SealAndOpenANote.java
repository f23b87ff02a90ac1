package org.openiop.examples.notes;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.DirectoryAuthority;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.OpenedNote;
import org.openiop.crypto.notes.SealedNote;

/**
 * Seals a clinical note end to end for its author, the participant and a colleague on the care
 * team, stores only the sealed bytes, and opens them again; then shows the three ways opening fails
 * closed: a person who is not a reader, a changed byte, and a revoked author key.
 *
 * <p>The example prints ids, key holders and outcomes, never the note text. Run it with {@code java
 * -cp examples/target/iop-demo.jar org.openiop.examples.notes.SealAndOpenANote}.
 */
public final class SealAndOpenANote {
  static final String ISSUER = "https://directory.example.org";

  /**
   * What the example observed.
   *
   * @param noteId the sealed note
   * @param readers who can open it
   * @param openedText the text the participant read back (equal to what the clinician wrote)
   * @param failures the simple names of the exceptions each failed opening threw, in order:
   *     outsider, tampered bytes, revoked author key
   */
  public record Outcome(
      NoteId noteId, List<Principal> readers, String openedText, List<String> failures) {
    /** Copies the lists. */
    public Outcome {
      readers = List.copyOf(readers);
      failures = List.copyOf(failures);
    }
  }

  private SealAndOpenANote() {}

  /**
   * Runs the example and prints what happened.
   *
   * @param args ignored
   * @throws GeneralSecurityException if sealing or the expected opening fails
   */
  public static void main(String[] args) throws GeneralSecurityException {
    run(System.out, "Session 2: practised a thought record; plans to use it before work.");
  }

  /**
   * Seals {@code text}, opens it, and tries the failing openings, printing each step.
   *
   * @param out where to print; never {@code null}
   * @param text the note body; never printed
   * @return what happened
   * @throws GeneralSecurityException if sealing or the expected opening fails
   */
  public static Outcome run(PrintStream out, String text) throws GeneralSecurityException {
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T21:15:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.seeded(11);

    // 1. The key directory. The authority (held by the host's security team, ideally in a KMS)
    //    attests each person's public keys; the directory itself (here in memory, in production a
    //    server) is untrusted: every bundle is checked against the authority's key before use.
    DirectoryAuthority authority = DirectoryAuthority.generate(ISSUER, "dir-1", clock);
    InMemoryKeyDirectory published = new InMemoryKeyDirectory();
    TrustedDirectory directory = new TrustedDirectory(published, authority.publicKey(), ISSUER);

    // 2. Identities: private keys stay with their holder (in a KeyVault); public bundles are
    //    attested and published.
    Principal clinician = Principal.of(ClinicianId.generate(ids));
    Principal colleague = Principal.of(ClinicianId.generate(ids));
    ParticipantId participantId = ParticipantId.generate(ids);
    Principal participant = Principal.of(participantId);
    Principal outsider = Principal.of(ClinicianId.generate(ids));
    Identity clinicianKeys = Identity.generate(clinician);
    Identity colleagueKeys = Identity.generate(colleague);
    Identity participantKeys = Identity.generate(participant);
    Identity outsiderKeys = Identity.generate(outsider);
    for (Identity i : List.of(clinicianKeys, colleagueKeys, participantKeys, outsiderKeys)) {
      published.publish(authority.attest(i.publicBundle()));
    }

    // 3. Seal for the participant and the colleague; the author can always open their own note.
    NoteSealer sealer = NoteSealer.builder(directory).clock(clock).build();
    ClinicalNote note = ClinicalNote.text(NoteId.generate(ids), 1, participantId, text);
    SealedNote sealed = sealer.seal(note, clinicianKeys, List.of(participant, colleague));
    byte[] stored = sealed.toByteArray(); // what the server keeps: it cannot read it
    out.println(
        "sealed note "
            + sealed.noteId()
            + " ("
            + stored.length
            + " bytes, sha-256 "
            + sealed.hash().substring(0, 12)
            + "...) for "
            + sealed.readers().stream().map(Principal::text).sorted().toList());

    // 4. Open from the stored bytes: the author's signature is verified against the directory.
    OpenedNote opened = sealer.open(SealedNote.parse(stored), participantKeys);
    out.println(
        participant.text()
            + " opened "
            + opened.note().noteId()
            + ", written by "
            + opened.author().text()
            + " at "
            + opened.created());

    // 5. Failing closed: each is a checked GeneralSecurityException subclass.
    List<String> failures = new ArrayList<>();
    failures.add(attempt(out, "not a reader", () -> sealer.open(sealed, outsiderKeys)));
    byte[] tampered = tamperWithCiphertext(stored);
    failures.add(
        attempt(
            out,
            "one changed byte",
            () -> sealer.open(SealedNote.parse(tampered), participantKeys)));
    published.publishRevocation(authority.revoke(clinician, clinicianKeys.signingKeyId()));
    failures.add(attempt(out, "author key revoked", () -> sealer.open(sealed, participantKeys)));

    return new Outcome(
        sealed.noteId(), new ArrayList<>(sealed.readers()), opened.note().bodyText(), failures);
  }

  private interface Opening {
    OpenedNote open() throws GeneralSecurityException;
  }

  private static String attempt(PrintStream out, String what, Opening opening) {
    try {
      opening.open();
      throw new IllegalStateException(what + ": the note opened");
    } catch (GeneralSecurityException e) {
      // Security exception messages carry ids and reasons only, never note text.
      out.println(what + ": refused with " + e.getClass().getSimpleName() + ": " + e.getMessage());
      return e.getClass().getSimpleName();
    }
  }

  /** Changes one base64 character inside the envelope's ciphertext field. */
  static byte[] tamperWithCiphertext(byte[] envelope) {
    String text = new String(envelope, StandardCharsets.US_ASCII);
    int at = text.indexOf("\"ct\":\"");
    if (at < 0) {
      throw new IllegalStateException("no ciphertext field in the envelope");
    }
    int i = at + 6 + 10;
    char c = text.charAt(i);
    char replacement = c == 'A' ? 'B' : 'A';
    return (text.substring(0, i) + replacement + text.substring(i + 1))
        .getBytes(StandardCharsets.US_ASCII);
  }
}
