package org.openiop.benchmarks.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openiop.core.ParticipantId;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditVerification;
import org.openiop.core.privacy.audit.CheckpointSigner;
import org.openiop.core.privacy.audit.CheckpointVerifier;
import org.openiop.core.privacy.audit.FileAuditSink;
import org.openiop.core.privacy.audit.FsyncPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Verifying a whole audit log of {@code entries} events (hashes, sequence, links, checkpoint
 * signatures, head file) against reading the same file line by line, in the same run. Throughput in
 * entries per second is {@code entries / time}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AuditVerifyBenchmark {
  /** How many events the log holds. */
  @Param({"100000"})
  public int entries;

  private Path dir;
  private Path log;
  private CheckpointVerifier verifier;

  /**
   * Writes the log once.
   *
   * @throws IOException if it cannot be written
   * @throws GeneralSecurityException if no Ed25519 key can be made
   */
  @Setup(Level.Trial)
  public void writeLog() throws IOException, GeneralSecurityException {
    dir = Files.createTempDirectory("openiop-verify-bench");
    log = dir.resolve("audit.log");
    KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    verifier = CheckpointVerifier.ed25519(keys.getPublic());
    Instant t = Instant.parse("2026-11-26T09:00:00Z");
    try (FileAuditSink sink =
        FileAuditSink.builder(log)
            .signer(CheckpointSigner.ed25519(keys))
            .fsync(FsyncPolicy.atCheckpoints())
            .open()) {
      for (int i = 0; i < entries; i++) {
        sink.append(
            AuditEvent.builder(t.plusMillis(i))
                .eventType("access-decision")
                .action(AuditAction.READ)
                .actor("cli_" + (i % 40) + "0f3kq9p2x7", "clinician")
                .resource("progress-note", "not_" + i, ParticipantId.of("par_" + (i % 97)))
                .reason("care-team-member")
                .requestId("req-" + i)
                .build());
      }
    }
  }

  /**
   * Deletes the log.
   *
   * @throws IOException if deleting fails
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Subject: full verification.
   *
   * @return the verification result
   * @throws IOException if the log cannot be read
   */
  @Benchmark
  public AuditVerification verify() throws IOException {
    return FileAuditSink.verify(log, verifier);
  }

  /**
   * Baseline: read every line of the same file.
   *
   * @return the number of lines
   * @throws IOException if the log cannot be read
   */
  @Benchmark
  public long readLines() throws IOException {
    long n = 0;
    try (BufferedReader r = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      while (r.readLine() != null) {
        n++;
      }
    }
    return n;
  }
}
