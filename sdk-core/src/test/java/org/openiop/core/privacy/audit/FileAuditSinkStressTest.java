package org.openiop.core.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openiop.core.privacy.audit.AuditFixtures.event;
import static org.openiop.core.privacy.audit.AuditFixtures.sink;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.core.privacy.audit.AuditProblem.Kind;

/**
 * 8 threads append 100,000 events each to one sink: every event is present, each thread's events
 * keep their order, the chain verifies, and then each kind of tampering of the big log is named at
 * the right entry.
 */
class FileAuditSinkStressTest {
  private static final int THREADS = 8;
  private static final int PER_THREAD = 100_000;

  @TempDir Path dir;

  private Path log;
  private long[] lineStart;
  private CheckpointVerifier verifier;

  @Test
  void eightThreadsTimesOneHundredThousandEventsAllLandAndTamperingIsNamed() throws Exception {
    KeyPair keys = AuditFixtures.ed25519();
    verifier = CheckpointVerifier.ed25519(keys.getPublic());
    log = dir.resolve("stress.log");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try (FileAuditSink sink = sink(log, keys).checkpointEvery(10_000).open()) {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < PER_THREAD; i++) {
                    sink.append(event(i, "t" + thread + "-" + i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    AuditVerification v = FileAuditSink.verify(log, verifier);
    assertThat(v.firstProblem()).isEmpty();
    assertThat(v.events()).isEqualTo((long) THREADS * PER_THREAD);

    int[] nextPerThread = new int[THREADS];
    AtomicReference<String> disorder = new AtomicReference<>();
    FileAuditSink.readEvents(
        log,
        e -> {
          String req = e.requestId();
          int dash = req.indexOf('-');
          int thread = Integer.parseInt(req.substring(1, dash));
          int i = Integer.parseInt(req.substring(dash + 1));
          if (i != nextPerThread[thread] && disorder.get() == null) {
            disorder.set(req);
          }
          nextPerThread[thread] = i + 1;
        });
    assertThat(disorder.get()).as("first event out of its thread's order").isNull();
    assertThat(nextPerThread).containsOnly(PER_THREAD);

    lineStart = lineStarts(log, v.lastSeq());
    long k = v.lastSeq() / 4 + 17; // an event entry a quarter into the big log
    String lineK = line(k);
    String lineK1 = line(k + 1);
    assertThat(lineK).doesNotContain("checkpoint");

    assertProblem("edit", k, k + 1, lineK.replace("\"bg\":false", "\"bg\":true"), true)
        .containsExactly(Kind.HASH_MISMATCH, k, k);
    assertProblem("delete", k, k + 1, "", true).containsExactly(Kind.OUT_OF_SEQUENCE, k, k);
    assertProblem("insert", k, k, line(100), true).containsExactly(Kind.OUT_OF_SEQUENCE, k, k);
    assertProblem("swap", k, k + 2, lineK1 + lineK, true)
        .containsExactly(Kind.OUT_OF_SEQUENCE, k, k);
    assertProblem("truncate", k, k, "", false).containsExactly(Kind.TRUNCATED, k, k);
    assertProblem("torn", k, k, lineK.substring(0, lineK.length() / 2), false)
        .containsExactly(Kind.TORN_TAIL, k, k);
  }

  /**
   * Copies the log with lines {@code [from, to)} replaced by {@code replacement}, keeping or
   * dropping the lines after them, verifies the copy and returns its first problem's kind, line and
   * entry for assertion.
   */
  private org.assertj.core.api.AbstractListAssert<?, List<?>, Object, ?> assertProblem(
      String name, long from, long to, String replacement, boolean keepRest) throws IOException {
    Path copy = dir.resolve(name);
    try (FileChannel in = FileChannel.open(log);
        FileChannel out =
            FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      transfer(in, 0, lineStart[(int) from], out);
      ByteBuffer r = ByteBuffer.wrap(replacement.getBytes(StandardCharsets.UTF_8));
      while (r.hasRemaining()) {
        out.write(r);
      }
      if (keepRest) {
        transfer(in, lineStart[(int) to], in.size(), out);
      }
    }
    Files.copy(FileAuditSink.headFileOf(log), FileAuditSink.headFileOf(copy));
    AuditProblem p = FileAuditSink.verify(copy, verifier).firstProblem().orElseThrow();
    Files.delete(copy);
    Files.delete(FileAuditSink.headFileOf(copy));
    return assertThat(p)
        .as(name)
        .extracting(AuditProblem::kind, AuditProblem::line, AuditProblem::seq);
  }

  private static void transfer(FileChannel in, long from, long to, FileChannel out)
      throws IOException {
    long pos = from;
    while (pos < to) {
      pos += in.transferTo(pos, to - pos, out);
    }
  }

  /** The full text of a 1-based line, with its line end. */
  private String line(long n) throws IOException {
    try (FileChannel in = FileChannel.open(log)) {
      ByteBuffer b = ByteBuffer.allocate((int) (lineStart[(int) n + 1] - lineStart[(int) n]));
      while (b.hasRemaining()) {
        in.read(b, lineStart[(int) n] + b.position());
      }
      return new String(b.array(), StandardCharsets.UTF_8);
    }
  }

  /** Byte offsets where each 1-based line starts; index {@code n + 1} is the file length. */
  private static long[] lineStarts(Path file, long lines) throws IOException {
    long[] starts = new long[(int) lines + 2];
    int n = 1;
    long pos = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        for (int i = 0; i < r; i++) {
          if (buf[i] == '\n') {
            n++;
            starts[n] = pos + i + 1;
          }
        }
        pos += r;
      }
    }
    return starts;
  }
}
