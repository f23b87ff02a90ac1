package org.openiop.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.concurrent.Callable;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.KeyRevokedException;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.keys.UntrustedKeyException;
import org.openiop.crypto.notes.NotAReaderException;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.NoteTamperedException;
import org.openiop.crypto.notes.OpenedNote;
import org.openiop.crypto.notes.SealedNote;
import org.openiop.crypto.notes.UnsupportedEnvelopeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code iop-demo open-note FILE --identity KEYFILE}: prints a sealed note's plaintext. */
@Command(
    name = "open-note",
    mixinStandardHelpOptions = true,
    description = {
      "Opens a sealed note with a demo identity's key file and prints the plaintext.",
      "Exit 0 on success; 1 if the note was tampered with, the identity is not a reader, or a key"
          + " is revoked or untrusted; 2 on a usage or file error."
    })
final class OpenNoteCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "a sealed note (notes/*.json)")
  Path file;

  @Option(
      names = "--identity",
      required = true,
      paramLabel = "KEYFILE",
      description = "a key file from the run's keys/ directory")
  Path identity;

  @Option(
      names = "--directory",
      paramLabel = "DIR",
      description = "the public key directory (default: ../directory next to FILE's folder)")
  Path directory;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path dir =
        directory != null
            ? directory
            : file.toAbsolutePath().getParent().resolveSibling("directory");
    TrustedDirectory trusted;
    Identity reader;
    byte[] bytes;
    try {
      trusted = KeyFiles.readDirectory(dir);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      err.println("open-note: cannot read the note or the key directory: " + e.getMessage());
      return 2;
    }
    try {
      reader = KeyFiles.readIdentity(identity);
    } catch (IOException | GeneralSecurityException e) {
      err.println("open-note: cannot read the key file: " + e.getMessage());
      return 2;
    }
    try {
      OpenedNote opened = NoteSealer.builder(trusted).build().open(SealedNote.parse(bytes), reader);
      out.println(
          "note "
              + opened.note().noteId().value()
              + " v"
              + opened.note().version()
              + " about "
              + opened.note().participantId().value()
              + ", by "
              + opened.author().text()
              + ", created "
              + opened.created()
              + ", opened as "
              + reader.principal().text());
      out.println();
      out.println(opened.note().bodyText());
      return 0;
    } catch (NotAReaderException e) {
      err.println("open-note: wrong reader: " + e.getMessage());
    } catch (NoteTamperedException | UnsupportedEnvelopeException e) {
      err.println("open-note: the note was tampered with or is malformed: " + e.getMessage());
    } catch (KeyRevokedException e) {
      err.println("open-note: a key is revoked: " + e.getMessage());
    } catch (UntrustedKeyException e) {
      err.println("open-note: a key is not trusted: " + e.getMessage());
    } catch (GeneralSecurityException e) {
      err.println("open-note: the note failed verification: " + e.getMessage());
    }
    return 1;
  }
}
