package org.openiop.core.privacy.audit;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import org.openiop.core.ParticipantId;

/** Shared test helpers: keys, events and line-level tampering of a log copy. */
final class AuditFixtures {
  static final Instant T0 = Instant.parse("2026-11-26T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  private AuditFixtures() {}

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }

  static AuditEvent event(int i, String requestId) {
    return AuditEvent.builder(T0.plusSeconds(i))
        .eventType("access-decision")
        .action(AuditAction.READ)
        .actor("cli_" + (i % 7), "clinician")
        .resource("progress-note", "not_" + i, ParticipantId.of("par_" + (i % 13)))
        .outcome(i % 5 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS)
        .reason(i % 5 == 0 ? "not-on-care-team" : "care-team-member")
        .purpose(PurposeOfUse.TREATMENT)
        .requestId(requestId)
        .build();
  }

  static FileAuditSink.Builder sink(Path log, KeyPair keys) throws GeneralSecurityException {
    return FileAuditSink.builder(log)
        .clock(CLOCK)
        .signer(CheckpointSigner.ed25519(keys))
        .fsync(FsyncPolicy.atCheckpoints());
  }

  /**
   * Copies a log and its head file, letting {@code edit} rewrite lines: it receives each 1-based
   * line number and line, and writes what should stand there.
   */
  static Path tamperedCopy(Path log, Path dir, String name, LineEdit edit) throws IOException {
    Path copy = dir.resolve(name);
    try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8);
        BufferedWriter out = Files.newBufferedWriter(copy, StandardCharsets.UTF_8)) {
      String line;
      long n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        edit.apply(n, line, (text, terminated) -> write(out, text, terminated));
      }
    }
    Files.copy(FileAuditSink.headFileOf(log), FileAuditSink.headFileOf(copy));
    return copy;
  }

  private static void write(BufferedWriter out, String text, boolean terminated) {
    try {
      out.write(text);
      if (terminated) {
        out.write('\n');
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Rewrites one line of a log copy. */
  @FunctionalInterface
  interface LineEdit {
    void apply(long lineNo, String line, BiConsumer<String, Boolean> out);
  }
}
