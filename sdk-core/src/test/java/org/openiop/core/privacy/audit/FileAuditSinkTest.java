package org.openiop.core.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openiop.core.privacy.audit.AuditFixtures.event;
import static org.openiop.core.privacy.audit.AuditFixtures.sink;
import static org.openiop.core.privacy.audit.AuditFixtures.tamperedCopy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.core.privacy.audit.AuditProblem.Kind;

class FileAuditSinkTest {
  @TempDir Path dir;
  private final KeyPair keys = AuditFixtures.ed25519();
  private CheckpointVerifier verifier;
  private Path log;

  /** A log of 50 events with a checkpoint every 10: line 1 and every 11th line after it. */
  @BeforeEach
  void writeLog() throws Exception {
    verifier = CheckpointVerifier.ed25519(keys.getPublic());
    log = dir.resolve("audit.log");
    try (FileAuditSink sink = sink(log, keys).checkpointEvery(10).open()) {
      for (int i = 0; i < 50; i++) {
        sink.append(event(i, "req-" + i));
      }
    }
  }

  private AuditProblem problemOf(Path file) throws Exception {
    AuditVerification v = FileAuditSink.verify(file, verifier);
    assertThat(v.intact()).as("tampering must be detected").isFalse();
    return v.firstProblem().orElseThrow();
  }

  @Test
  void anUntouchedLogVerifiesWithEveryEventAndCheckpoint() throws Exception {
    AuditVerification v = FileAuditSink.verify(log, verifier);
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isEqualTo(50);
    // genesis + 5 periodic (the last one after event 50 makes close() write none)
    assertThat(v.checkpoints()).isEqualTo(6);
    assertThat(v.lastSeq()).isEqualTo(56);
    List<AuditEvent> read = new ArrayList<>();
    FileAuditSink.readEvents(log, read::add);
    assertThat(read).hasSize(50);
    assertThat(read.get(7)).isEqualTo(event(7, "req-7"));
  }

  @Test
  void anEditedEntryIsNamedByItsOwnHash() throws Exception {
    Path t =
        tamperedCopy(
            log,
            dir,
            "edit",
            (n, line, out) -> out.accept(n == 30 ? line.replace("\"R\"", "\"C\"") : line, true));
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.HASH_MISMATCH);
    assertThat(p.line()).isEqualTo(30);
    assertThat(p.seq()).isEqualTo(30);
  }

  @Test
  void anEditedAndRehashedEntryIsNamedThroughTheBrokenLink() throws Exception {
    Path t =
        tamperedCopy(
            log, dir, "rehash", (n, line, out) -> out.accept(n == 30 ? rehash(line) : line, true));
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.BROKEN_LINK);
    assertThat(p.line()).isEqualTo(30);
    assertThat(p.seq()).isEqualTo(30);
  }

  @Test
  void rewritingTheRestOfTheChainIsCaughtByTheNextSignedCheckpoint() throws Exception {
    // An attacker without the signing key edits entry 30 and re-hashes every later entry.
    AtomicReference<String> prev = new AtomicReference<>();
    Path t =
        tamperedCopy(
            log,
            dir,
            "rewrite",
            (n, line, out) -> {
              String body = line.substring(0, line.length() - AuditLines.SUFFIX_LENGTH);
              if (n == 30) {
                body = body.replace("\"R\"", "\"C\"");
              }
              if (n > 30) {
                body =
                    body.replaceAll("\"prev\":\"[0-9a-f]{64}\"", "\"prev\":\"" + prev.get() + "\"");
              }
              String[] h = new String[1];
              String rewritten =
                  n >= 30
                      ? new String(AuditLines.line(body, sha256(), h), StandardCharsets.UTF_8)
                          .strip()
                      : line;
              prev.set(rewritten.substring(rewritten.length() - 66, rewritten.length() - 2));
              out.accept(rewritten, true);
            });
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.BAD_SIGNATURE);
    assertThat(p.line()).isEqualTo(34); // the first checkpoint after line 30
  }

  @Test
  void aDeletedEntryIsNamedAsMissing() throws Exception {
    Path t =
        tamperedCopy(
            log,
            dir,
            "delete",
            (n, line, out) -> {
              if (n != 30) {
                out.accept(line, true);
              }
            });
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.OUT_OF_SEQUENCE);
    assertThat(p.line()).isEqualTo(30);
    assertThat(p.seq()).isEqualTo(30);
    assertThat(p.detail()).contains("expected entry 30 but found entry 31");
  }

  @Test
  void anInsertedEntryIsNamedWhereItStands() throws Exception {
    List<String> lines = Files.readAllLines(log);
    Path t =
        tamperedCopy(
            log,
            dir,
            "insert",
            (n, line, out) -> {
              if (n == 30) {
                out.accept(lines.get(4), true);
              }
              out.accept(line, true);
            });
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.OUT_OF_SEQUENCE);
    assertThat(p.line()).isEqualTo(30);
    assertThat(p.detail()).contains("found entry 5");
  }

  @Test
  void swappedEntriesAreNamedAtTheFirstOfThem() throws Exception {
    List<String> lines = Files.readAllLines(log);
    Path t =
        tamperedCopy(
            log,
            dir,
            "swap",
            (n, line, out) -> {
              if (n == 30) {
                out.accept(lines.get(30), true);
              } else if (n == 31) {
                out.accept(lines.get(29), true);
              } else {
                out.accept(line, true);
              }
            });
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.OUT_OF_SEQUENCE);
    assertThat(p.line()).isEqualTo(30);
    assertThat(p.seq()).isEqualTo(30);
  }

  @Test
  void entriesCutOffTheEndAreNamedFromTheSignedHead() throws Exception {
    Path t =
        tamperedCopy(
            log,
            dir,
            "truncate",
            (n, line, out) -> {
              if (n < 30) {
                out.accept(line, true);
              }
            });
    AuditProblem p = problemOf(t);
    assertThat(p.kind()).isEqualTo(Kind.TRUNCATED);
    assertThat(p.seq()).isEqualTo(30);
    assertThat(p.detail()).contains("ends at entry 29").contains("records entry 56");
    assertThatThrownBy(() -> sink(t, keys).open())
        .isInstanceOf(AuditLogTamperedException.class)
        .extracting(e -> ((AuditLogTamperedException) e).problem().kind())
        .isEqualTo(Kind.TRUNCATED);
  }

  @Test
  void aDeletedHeadFileIsReportedAndTheLogIsNotReopened() throws Exception {
    Files.delete(FileAuditSink.headFileOf(log));
    assertThat(problemOf(log).kind()).isEqualTo(Kind.HEAD_MISSING);
    assertThatThrownBy(() -> sink(log, keys).open()).isInstanceOf(AuditLogTamperedException.class);
  }

  @Test
  void checkpointsSignedByAnUntrustedKeyFail() throws Exception {
    verifier = CheckpointVerifier.ed25519(AuditFixtures.ed25519().getPublic());
    AuditVerification v = FileAuditSink.verify(log, verifier);
    assertThat(v.firstProblem().orElseThrow().kind()).isEqualTo(Kind.HEAD_MISMATCH);
    Files.delete(FileAuditSink.headFileOf(log));
    AuditProblem p = FileAuditSink.verify(log, verifier).firstProblem().orElseThrow();
    assertThat(p.kind()).isEqualTo(Kind.BAD_SIGNATURE);
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void aTornLastLineIsReportedRefusedAndOnlyRecoveredVisibly() throws Exception {
    byte[] fragment = "{\"v\":1,\"seq\":57,\"time\":\"2026-11-".getBytes(StandardCharsets.UTF_8);
    Files.write(log, fragment, java.nio.file.StandardOpenOption.APPEND);

    AuditProblem p = problemOf(log);
    assertThat(p.kind()).isEqualTo(Kind.TORN_TAIL);
    assertThat(p.line()).isEqualTo(57);
    assertThatThrownBy(() -> sink(log, keys).open())
        .isInstanceOf(AuditLogTamperedException.class)
        .hasMessageContaining("TORN_TAIL at line 57");

    try (FileAuditSink sink = sink(log, keys).recoverTornTail().open()) {
      sink.append(event(99, "after-crash"));
    }
    assertThat(Files.readAllBytes(dir.resolve("audit.log.torn-57"))).isEqualTo(fragment);
    AuditVerification v = FileAuditSink.verify(log, verifier);
    assertThat(v.intact()).isTrue();
    assertThat(v.recoveries()).isEqualTo(1);
    assertThat(v.events()).isEqualTo(51);
    String recovery = Files.readAllLines(log).get(56);
    assertThat(recovery)
        .contains("\"type\":\"recovery\"")
        .contains("\"tornBytes\":" + fragment.length)
        .contains(AuditLines.hex(sha256().digest(fragment)));
  }

  @Test
  void recoveryDoesNotTouchALogThatIsAlsoCutBelowItsHead() throws Exception {
    Path t =
        tamperedCopy(
            log,
            dir,
            "cut",
            (n, line, out) -> {
              if (n < 30) {
                out.accept(line, true);
              } else if (n == 30) {
                out.accept(line.substring(0, 40), false);
              }
            });
    long size = Files.size(t);
    assertThatThrownBy(() -> sink(t, keys).recoverTornTail().open())
        .isInstanceOf(AuditLogTamperedException.class)
        .extracting(e -> ((AuditLogTamperedException) e).problem().kind())
        .isEqualTo(Kind.TRUNCATED);
    assertThat(Files.size(t)).isEqualTo(size);
    assertThat(dir.resolve("cut.torn-30")).doesNotExist();
  }

  @Test
  void reopeningAnIntactLogContinuesTheChain() throws Exception {
    try (FileAuditSink sink = sink(log, keys).open()) {
      assertThat(sink.lastSequence()).isEqualTo(56);
      sink.append(event(50, "req-50"));
    }
    AuditVerification v = FileAuditSink.verify(log, verifier);
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isEqualTo(51);
    assertThat(v.lastSeq()).isEqualTo(58);
  }

  @Test
  void aLogCanBeOpenedOnlyOnceAtATime() throws Exception {
    try (FileAuditSink sink = sink(log, keys).open()) {
      assertThat(sink.lastSequence()).isEqualTo(56);
      assertThatThrownBy(() -> sink(log, keys).open())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("audit log is already open in this JVM");
    }
  }

  @Test
  void aClosedSinkRefusesAppends() throws Exception {
    FileAuditSink sink = sink(log, keys).open();
    sink.close();
    sink.close();
    assertThatThrownBy(() -> sink.append(event(1, null)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("audit sink is closed");
  }

  @Test
  void groupCommitUnderFsyncAlwaysLosesNothing() throws Exception {
    Path file = dir.resolve("always.log");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (FileAuditSink sink = sink(file, keys).fsync(FsyncPolicy.always()).open()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 100; i++) {
                    sink.append(event(i, "t" + thread + "-" + i));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    AuditVerification v = FileAuditSink.verify(file, verifier);
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isEqualTo(400);
  }

  @Test
  void aSinkWithoutASignerIsRefused() {
    assertThatThrownBy(() -> FileAuditSink.builder(log).open())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("signer is required");
  }

  private static String rehash(String line) {
    String body = line.substring(0, line.length() - AuditLines.SUFFIX_LENGTH);
    String edited = body.replace("\"R\"", "\"C\"");
    return new String(AuditLines.line(edited, sha256(), new String[1]), StandardCharsets.UTF_8)
        .strip();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
