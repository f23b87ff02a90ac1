package org.openiop.benchmarks.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openiop.core.ParticipantId;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditOutcome;
import org.openiop.core.privacy.audit.CheckpointSigner;
import org.openiop.core.privacy.audit.FileAuditSink;
import org.openiop.core.privacy.audit.FsyncPolicy;
import org.openiop.core.privacy.audit.PurposeOfUse;
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
 * One audit event appended to the hash-chained, checkpointed {@link FileAuditSink} against the same
 * event rendered as the same JSON members and appended as a plain line to a plain file, with the
 * same fsync policy, in the same run. The ratio {@code chained / plainLine} is the cost of the
 * chain (SHA-256 per entry, an Ed25519-signed checkpoint and an fsynced head-file replacement every
 * {@code checkpointEvery} entries, locking). Under {@code checkpoints} the baseline forces as often
 * as the sink does (once per checkpoint).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AuditAppendBenchmark {
  /** {@code checkpoints}: force at checkpoints only; {@code every64}; {@code always}. */
  @Param({"checkpoints", "every64", "always"})
  public String fsync;

  /** Entries between signed checkpoints (1000 is the sink's default). */
  @Param({"1000", "10000"})
  public int checkpointEvery;

  private Path dir;
  private FileAuditSink sink;
  private FileChannel plain;
  private AuditEvent[] events;
  private int nextChained;
  private int nextPlain;
  private long plainCount;
  private int forceEvery;

  /**
   * Opens both files and prepares 1024 distinct events.
   *
   * @throws IOException if the files cannot be opened
   * @throws GeneralSecurityException if no Ed25519 key can be made
   */
  @Setup(Level.Trial)
  public void open() throws IOException, GeneralSecurityException {
    dir = Files.createTempDirectory("openiop-audit-bench");
    FsyncPolicy policy;
    switch (fsync) {
      case "checkpoints" -> {
        policy = FsyncPolicy.atCheckpoints();
        forceEvery = checkpointEvery;
      }
      case "every64" -> {
        policy = FsyncPolicy.everyEntries(64);
        forceEvery = 64;
      }
      case "always" -> {
        policy = FsyncPolicy.always();
        forceEvery = 1;
      }
      default -> throw new IllegalArgumentException("unknown fsync policy " + fsync);
    }
    sink =
        FileAuditSink.builder(dir.resolve("chained.log"))
            .signer(
                CheckpointSigner.ed25519(KeyPairGenerator.getInstance("Ed25519").generateKeyPair()))
            .fsync(policy)
            .checkpointEvery(checkpointEvery)
            .open();
    plain =
        FileChannel.open(
            dir.resolve("plain.log"), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    events = new AuditEvent[1024];
    Instant t = Instant.parse("2026-11-26T09:00:00Z");
    for (int i = 0; i < events.length; i++) {
      events[i] =
          AuditEvent.builder(t.plusMillis(i))
              .eventType("access-decision")
              .action(AuditAction.READ)
              .actor("cli_" + Integer.toString(i % 40, 36) + "0f3kq9p2x7", "clinician")
              .resource(
                  "progress-note",
                  "not_" + Integer.toString(i, 36) + "8d2m4v6c1h3j5k7n9",
                  ParticipantId.of("par_" + Integer.toString(i % 97, 36) + "a1b2c3d4e5f6g7"))
              .outcome(i % 9 == 0 ? AuditOutcome.DENIED : AuditOutcome.SUCCESS)
              .reason(i % 9 == 0 ? "not-on-care-team" : "care-team-member")
              .purpose(PurposeOfUse.TREATMENT)
              .requestId("req-" + i)
              .build();
    }
  }

  /**
   * Closes both files and deletes them.
   *
   * @throws IOException if closing or deleting fails
   */
  @TearDown(Level.Trial)
  public void close() throws IOException {
    sink.close();
    plain.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Subject: append to the hash chain.
   *
   * @return the sequence number reached
   */
  @Benchmark
  public long chained() {
    sink.append(events[nextChained++ & 1023]);
    return sink.lastSequence();
  }

  /**
   * Baseline: render the same members as one JSON line and append it to a plain file, forcing as
   * often as the fsync policy says.
   *
   * @return the number of lines written
   * @throws IOException if the write fails
   */
  @Benchmark
  public long plainLine() throws IOException {
    byte[] line = render(events[nextPlain++ & 1023]).getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.wrap(line);
    while (b.hasRemaining()) {
      plain.write(b);
    }
    if (++plainCount % forceEvery == 0) {
      plain.force(false);
    }
    return plainCount;
  }

  long sequence() {
    return sink.lastSequence();
  }

  Path directory() {
    return dir;
  }

  static String render(AuditEvent e) {
    StringBuilder sb = new StringBuilder(320);
    sb.append("{\"v\":1");
    str(sb, "time", e.time().toString());
    str(sb, "type", e.eventType());
    str(sb, "action", e.action().fhirCode());
    str(sb, "actor", e.actorId());
    str(sb, "role", e.actorRole());
    str(sb, "rtype", e.resourceType());
    str(sb, "rid", e.resourceId());
    str(sb, "pid", e.participantId() == null ? null : e.participantId().value());
    str(sb, "outcome", e.outcome().fhirCode());
    str(sb, "reason", e.reason());
    str(sb, "purpose", e.purpose().code());
    sb.append(",\"bg\":").append(e.breakGlass());
    str(sb, "req", e.requestId());
    return sb.append("}\n").toString();
  }

  private static void str(StringBuilder sb, String key, String value) {
    sb.append(",\"").append(key).append("\":");
    if (value == null) {
      sb.append("null");
    } else {
      sb.append('"').append(value).append('"');
    }
  }
}
