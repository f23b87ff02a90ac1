package org.openiop.core.privacy.audit;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default {@link AuditSink}: an append-only file of one JSON line per entry, chained by
 * SHA-256, with checkpoints signed by Ed25519 (or any {@link CheckpointSigner}).
 *
 * <p>Each line carries its sequence number, the hash of the line before it ({@code prev}) and, as
 * its last member, the SHA-256 of everything before that member. Every {@code checkpointEvery}
 * entries, on {@link #checkpoint()} and on {@link #close()} a checkpoint entry is appended whose
 * signature covers its sequence number, time and the chain head; a copy of the latest checkpoint is
 * kept in a head file next to the log ({@code <log>.head}), replaced atomically, so cutting entries
 * off the end is detected. A new log starts with a checkpoint, so a log without a head file is
 * never legitimate. {@link #verify} names the first entry that was edited, deleted, inserted,
 * reordered or cut off, and reports a torn last line.
 *
 * <p><b>Durability.</b> {@code append} hands each entry to the operating system before it returns
 * (a JVM crash loses nothing) and forces it to disk according to the {@link FsyncPolicy}. A write
 * interrupted by a crash leaves a torn last line: opening such a log fails with {@link
 * AuditLogTamperedException} unless the builder asks for {@link Builder#recoverTornTail()}, which
 * moves the fragment to {@code <log>.torn-<n>} and records a {@code recovery} entry with its length
 * and SHA-256 in the chain, so the damage stays visible. After a failed write the sink refuses
 * further appends.
 *
 * <p><b>Limits.</b> A party that can rewrite the file and also holds the signing key can rewrite
 * history; one that can replace both the log and its head file with an older, consistent pair can
 * roll the log back. Anchor checkpoint hashes outside the host (see {@code
 * docs/privacy-and-audit.md}).
 *
 * <p>Thread-safe: any number of threads may append concurrently; one process may hold a log open at
 * a time (a file lock is taken).
 *
 * <pre>{@code
 * try (FileAuditSink sink = FileAuditSink.builder(path)
 *     .signer(CheckpointSigner.ed25519(keyPair))
 *     .clock(clock)
 *     .fsync(FsyncPolicy.always())
 *     .open()) {
 *   sink.append(event);
 * }
 * AuditVerification v = FileAuditSink.verify(path, CheckpointVerifier.ed25519(keyPair.getPublic()));
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class FileAuditSink implements AuditSink, Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(FileAuditSink.class);

  private final Path path;
  private final Clock clock;
  private final CheckpointSigner signer;
  private final int fsyncEvery;
  private final int checkpointEvery;
  private final FileChannel channel;
  private final FileLock fileLock;
  private final MessageDigest sha256;
  private final String[] hashOut = new String[1];

  /**
   * Guards the chain state and the pending buffer. Lock order: {@code writeLock} before {@code
   * lock}.
   */
  private final Object lock = new Object();

  /** Held by the one thread that writes pending bytes to the file (group write and commit). */
  private final Object writeLock = new Object();

  // guarded by lock
  private long seq;

  /** The previous entry's hash as 64 lower-case hex ASCII bytes. */
  private final byte[] lastHash = new byte[64];

  private long sinceCheckpoint;
  private byte[] pending = new byte[1 << 16];
  private int pendingLength;
  private byte @Nullable [] pendingHead;
  private boolean closed;
  private volatile boolean failed;

  // guarded by writeLock
  private byte[] spare = new byte[1 << 16];
  private long syncedSeq;

  /** The highest sequence number handed to the operating system. */
  private volatile long written;

  private FileAuditSink(
      Builder b, FileChannel channel, FileLock fileLock, long seq, String lastHash)
      throws NoSuchAlgorithmException {
    this.path = b.path;
    this.clock = b.clock;
    this.signer = Objects.requireNonNull(b.signer, "signer == null");
    this.fsyncEvery = b.fsync.everyEntries();
    this.checkpointEvery = b.checkpointEvery;
    this.channel = channel;
    this.fileLock = fileLock;
    this.sha256 = MessageDigest.getInstance("SHA-256");
    this.seq = seq;
    System.arraycopy(lastHash.getBytes(StandardCharsets.US_ASCII), 0, this.lastHash, 0, 64);
    this.written = seq;
    this.syncedSeq = seq;
  }

  /**
   * Starts configuring a sink on the given file.
   *
   * @param path the log file (created if absent); never {@code null}
   * @return a builder
   */
  public static Builder builder(Path path) {
    return new Builder(Objects.requireNonNull(path, "path == null"));
  }

  /**
   * The head file kept next to a log.
   *
   * @param log the log file
   * @return {@code <log>.head}
   */
  public static Path headFileOf(Path log) {
    Objects.requireNonNull(log, "log == null");
    return log.resolveSibling(log.getFileName() + ".head");
  }

  /**
   * Appends one event to the chain and returns once it has been handed to the operating system (and
   * forced to disk if the {@link FsyncPolicy} says so). Concurrent appends are written and forced
   * in groups.
   *
   * @param event the event; never {@code null}
   * @throws AuditFailureException if it could not be written; the sink then refuses all appends
   * @throws IllegalStateException if the sink is closed
   */
  @Override
  public void append(AuditEvent event) {
    Objects.requireNonNull(event, "event == null");
    byte[] part = AuditLines.eventPart(event).getBytes(StandardCharsets.UTF_8);
    long mine;
    synchronized (lock) {
      ensureWritable();
      try {
        addEventLine(part);
        sinceCheckpoint++;
        if (sinceCheckpoint >= checkpointEvery) {
          addCheckpoint();
        }
      } catch (GeneralSecurityException e) {
        failed = true;
        LOG.error("audit checkpoint signing failed after entry {}; the sink refuses appends", seq);
        throw new AuditFailureException("audit checkpoint signing failed after entry " + seq, e);
      }
      mine = seq;
    }
    flushUpTo(mine);
  }

  /**
   * Appends a signed checkpoint now, forces the log and replaces the head file.
   *
   * @throws AuditFailureException if it cannot be written
   * @throws IllegalStateException if the sink is closed
   */
  public void checkpoint() {
    long mine;
    synchronized (lock) {
      ensureWritable();
      try {
        addCheckpoint();
      } catch (GeneralSecurityException e) {
        failed = true;
        throw new AuditFailureException("audit checkpoint signing failed after entry " + seq, e);
      }
      mine = seq;
    }
    flushUpTo(mine);
  }

  /**
   * The sequence number of the last entry accepted (events and checkpoints count).
   *
   * @return 0 for an empty log
   */
  public long lastSequence() {
    synchronized (lock) {
      return seq;
    }
  }

  /**
   * Writes a final checkpoint (if events were added since the last one), forces and releases the
   * file. Idempotent.
   *
   * @throws IOException if the final checkpoint or closing fails
   */
  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      long target;
      synchronized (lock) {
        if (closed) {
          return;
        }
        closed = true;
        target = seq;
        if (!failed && sinceCheckpoint > 0) {
          try {
            addCheckpoint();
            target = seq;
          } catch (GeneralSecurityException e) {
            failed = true;
            throw new IOException("final audit checkpoint could not be signed", e);
          }
        }
      }
      try {
        if (!failed) {
          flushUpTo(target);
        }
      } catch (AuditFailureException e) {
        throw new IOException("final audit write failed", e);
      } finally {
        try {
          fileLock.release();
        } finally {
          channel.close();
        }
      }
    }
  }

  private void ensureWritable() {
    if (closed) {
      throw new IllegalStateException("audit sink is closed");
    }
    if (failed) {
      throw new AuditFailureException("audit sink failed earlier and refuses appends");
    }
  }

  // requires lock: chains a body and adds its line to the pending buffer
  private byte[] addLine(String body) {
    byte[] line = AuditLines.line(body, sha256, hashOut);
    ensurePending(line.length);
    System.arraycopy(line, 0, pending, pendingLength, line.length);
    pendingLength += line.length;
    seq++;
    System.arraycopy(hashOut[0].getBytes(StandardCharsets.US_ASCII), 0, lastHash, 0, 64);
    return line;
  }

  /**
   * The hot path: the same line as {@code addLine(AuditLines.chained(part, seq + 1, prev))}, built
   * and hashed in place in the pending buffer.
   */
  // requires lock
  private void addEventLine(byte[] part) {
    long s = seq + 1;
    byte[] digits = Long.toString(s).getBytes(StandardCharsets.US_ASCII);
    ensurePending(
        part.length
            + AuditLines.SEQ_KEY.length
            + digits.length
            + AuditLines.PREV_KEY.length
            + 65
            + AuditLines.SUFFIX_LENGTH
            + 1);
    int start = pendingLength;
    put(part);
    put(AuditLines.SEQ_KEY);
    put(digits);
    put(AuditLines.PREV_KEY);
    put(lastHash);
    pending[pendingLength++] = '"';
    sha256.update(pending, start, pendingLength - start);
    byte[] hash = sha256.digest();
    put(AuditLines.SUFFIX_START);
    for (int i = 0; i < 32; i++) {
      byte hi = (byte) AuditLines.HEX[(hash[i] >> 4) & 15];
      byte lo = (byte) AuditLines.HEX[hash[i] & 15];
      lastHash[2 * i] = hi;
      lastHash[2 * i + 1] = lo;
      pending[pendingLength++] = hi;
      pending[pendingLength++] = lo;
    }
    pending[pendingLength++] = '"';
    pending[pendingLength++] = '}';
    pending[pendingLength++] = '\n';
    seq = s;
  }

  private void ensurePending(int more) {
    if (pendingLength + more > pending.length) {
      pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLength + more));
    }
  }

  private void put(byte[] bytes) {
    System.arraycopy(bytes, 0, pending, pendingLength, bytes.length);
    pendingLength += bytes.length;
  }

  private String lastHashHex() {
    return new String(lastHash, StandardCharsets.US_ASCII);
  }

  // requires lock
  private void addCheckpoint() throws GeneralSecurityException {
    long s = seq + 1;
    String time = clock.instant().toString();
    String prev = lastHashHex();
    byte[] signature = signer.sign(AuditLines.checkpointMessage(s, time, prev));
    pendingHead =
        addLine(
            AuditLines.checkpointBody(
                s,
                Instant.parse(time),
                signer.algorithm(),
                signer.keyId(),
                Base64.getEncoder().encodeToString(signature),
                prev));
    sinceCheckpoint = 0;
  }

  /**
   * Writes everything pending up to at least {@code target}: one thread writes (and forces) the
   * whole pending buffer for every waiting appender, while others keep filling a fresh buffer.
   */
  private void flushUpTo(long target) {
    if (written >= target) {
      return;
    }
    synchronized (writeLock) {
      if (written >= target) {
        return;
      }
      if (failed) {
        throw new AuditFailureException("audit write failed before entry " + target);
      }
      byte[] buf;
      int length;
      long upTo;
      byte[] head;
      synchronized (lock) {
        buf = pending;
        length = pendingLength;
        upTo = seq;
        head = pendingHead;
        pending = spare;
        pendingLength = 0;
        pendingHead = null;
      }
      try {
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, length);
        while (bb.hasRemaining()) {
          channel.write(bb);
        }
        if (head != null || fsyncEvery == 1 || (fsyncEvery > 1 && upTo - syncedSeq >= fsyncEvery)) {
          channel.force(false);
          syncedSeq = upTo;
        }
        if (head != null) {
          writeHead(head);
        }
      } catch (IOException e) {
        failed = true;
        LOG.error("audit log write failed at entry {}; the sink refuses further appends", upTo);
        throw new AuditFailureException("audit write failed at entry " + upTo, e);
      }
      spare = buf;
      written = upTo;
    }
  }

  private void writeHead(byte[] line) throws IOException {
    Path head = headFileOf(path);
    Path tmp = head.resolveSibling(head.getFileName() + ".tmp");
    try (FileChannel ch =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(line);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
    Files.move(tmp, head, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  // ---------------------------------------------------------------------------------- opening

  private static FileAuditSink open(Builder b) throws IOException, AuditLogTamperedException {
    FileChannel ch =
        FileChannel.open(
            b.path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock fl;
    try {
      fl = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      ch.close();
      throw new IllegalStateException("audit log is already open in this JVM", e);
    }
    if (fl == null) {
      ch.close();
      throw new IllegalStateException("audit log is already open by another process");
    }
    try {
      FileAuditSink sink = openLocked(b, ch, fl);
      return sink;
    } catch (IOException | AuditLogTamperedException | RuntimeException e) {
      fl.release();
      ch.close();
      throw e;
    }
  }

  private static FileAuditSink openLocked(Builder b, FileChannel ch, FileLock fl)
      throws IOException, AuditLogTamperedException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
    long size = ch.size();
    long lastNewline = lastNewlineBefore(ch, size);
    long lastSeq = 0;
    String lastHash = AuditLines.ZERO_HASH;
    if (lastNewline >= 0) {
      long start = lastNewlineBefore(ch, lastNewline) + 1;
      byte[] line = readAt(ch, start, (int) (lastNewline - start));
      int bodyLength = AuditLines.bodyLength(line, line.length);
      if (bodyLength < 0 || !AuditLines.hashMatches(line, bodyLength, sha)) {
        throw new AuditLogTamperedException(
            new AuditProblem(
                AuditProblem.Kind.HASH_MISMATCH, 0, 0, "the last complete line fails its hash"));
      }
      try {
        lastSeq = AuditLines.seq(AuditLines.parseBody(line, bodyLength));
      } catch (IllegalArgumentException e) {
        throw new AuditLogTamperedException(
            new AuditProblem(
                AuditProblem.Kind.MALFORMED, 0, 0, "the last complete line is not an entry"));
      }
      lastHash = AuditLines.storedHash(line, bodyLength);
    }
    Path head = headFileOf(b.path);
    if (Files.exists(head)) {
      byte[] h = Files.readAllBytes(head);
      int len = h.length > 0 && h[h.length - 1] == '\n' ? h.length - 1 : h.length;
      int bodyLength = AuditLines.bodyLength(h, len);
      long headSeq;
      try {
        if (bodyLength < 0 || !AuditLines.hashMatches(h, bodyLength, sha)) {
          throw new IllegalArgumentException("bad head");
        }
        headSeq = AuditLines.seq(AuditLines.parseBody(h, bodyLength));
      } catch (IllegalArgumentException e) {
        throw new AuditLogTamperedException(
            new AuditProblem(AuditProblem.Kind.HEAD_MISMATCH, 0, 0, "the head file is damaged"));
      }
      if (headSeq > lastSeq) {
        throw new AuditLogTamperedException(
            new AuditProblem(
                AuditProblem.Kind.TRUNCATED,
                lastSeq + 1,
                lastSeq + 1,
                "the log ends at entry " + lastSeq + " but its signed head records " + headSeq));
      }
      if (headSeq == lastSeq && !AuditLines.storedHash(h, bodyLength).equals(lastHash)) {
        throw new AuditLogTamperedException(
            new AuditProblem(
                AuditProblem.Kind.HEAD_MISMATCH,
                lastSeq,
                lastSeq,
                "the last entry differs from the signed head"));
      }
    } else if (lastSeq > 0) {
      throw new AuditLogTamperedException(
          new AuditProblem(
              AuditProblem.Kind.HEAD_MISSING, 0, 0, "the log has entries but no head file"));
    }
    long tornLength = size - (lastNewline + 1);
    long[] recovery = null;
    String tornSha = null;
    if (tornLength > 0) {
      AuditProblem torn =
          new AuditProblem(
              AuditProblem.Kind.TORN_TAIL,
              lastSeq + 1,
              lastSeq + 1,
              "the last line (" + tornLength + " bytes) has no line end");
      if (!b.recoverTornTail) {
        throw new AuditLogTamperedException(torn);
      }
      byte[] fragment = readAt(ch, lastNewline + 1, (int) Math.min(tornLength, Integer.MAX_VALUE));
      Path quarantine = b.path.resolveSibling(b.path.getFileName() + ".torn-" + (lastSeq + 1));
      Files.write(quarantine, fragment, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      tornSha = AuditLines.hex(sha.digest(fragment));
      ch.truncate(lastNewline + 1);
      ch.force(true);
      recovery = new long[] {tornLength};
      LOG.warn(
          "audit log: quarantined a torn last line of {} bytes after entry {}",
          tornLength,
          lastSeq);
    }
    ch.position(ch.size());
    FileAuditSink sink;
    try {
      sink = new FileAuditSink(b, ch, fl, lastSeq, lastHash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
    try {
      long target;
      synchronized (sink.lock) {
        if (recovery != null && tornSha != null) {
          sink.addLine(
              AuditLines.recoveryBody(
                  sink.seq + 1, b.clock.instant(), recovery[0], tornSha, sink.lastHashHex()));
          sink.addCheckpoint();
        } else if (lastSeq == 0) {
          sink.addCheckpoint();
        }
        target = sink.seq;
      }
      sink.flushUpTo(target);
    } catch (GeneralSecurityException e) {
      throw new IOException("the opening checkpoint could not be signed", e);
    } catch (AuditFailureException e) {
      throw new IOException("the opening checkpoint could not be written", e);
    }
    LOG.debug("audit log opened at entry {}", sink.lastSequence());
    return sink;
  }

  private static long lastNewlineBefore(FileChannel ch, long end) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    long pos = end;
    while (pos > 0) {
      int n = (int) Math.min(buf.capacity(), pos);
      long from = pos - n;
      buf.clear().limit(n);
      while (buf.hasRemaining()) {
        if (ch.read(buf, from + buf.position()) < 0) {
          throw new IOException("file shrank while reading");
        }
      }
      for (int i = n - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') {
          return from + i;
        }
      }
      pos = from;
    }
    return -1;
  }

  private static byte[] readAt(FileChannel ch, long from, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length);
    while (buf.hasRemaining()) {
      if (ch.read(buf, from + buf.position()) < 0) {
        throw new IOException("file shrank while reading");
      }
    }
    return buf.array();
  }

  // ---------------------------------------------------------------------------------- verifying

  /**
   * Verifies a whole log and its head file: hashes, sequence, links, checkpoint signatures, a torn
   * last line and truncation. Stops at the first problem. May run while a sink appends (it then
   * verifies a prefix; a half-written last line may be reported as torn).
   *
   * @param log the log file; never {@code null}
   * @param verifier trusted checkpoint keys; never {@code null}
   * @return the counts and the first problem, if any
   * @throws IOException if the file cannot be read
   */
  public static AuditVerification verify(Path log, CheckpointVerifier verifier) throws IOException {
    Objects.requireNonNull(log, "log == null");
    Objects.requireNonNull(verifier, "verifier == null");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
    long headSeq = -1;
    String headHash = "";
    Path headFile = headFileOf(log);
    boolean headPresent = Files.exists(headFile);
    if (headPresent) {
      byte[] h = Files.readAllBytes(headFile);
      int len = h.length > 0 && h[h.length - 1] == '\n' ? h.length - 1 : h.length;
      int bodyLength = AuditLines.bodyLength(h, len);
      try {
        if (bodyLength < 0 || !AuditLines.hashMatches(h, bodyLength, sha)) {
          throw new IllegalArgumentException("bad head");
        }
        Map<String, @Nullable String> m = AuditLines.parseBody(h, bodyLength);
        headSeq = AuditLines.seq(m);
        headHash = AuditLines.storedHash(h, bodyLength);
        if (!checkpointSignatureOk(m, verifier)) {
          throw new IllegalArgumentException("bad head signature");
        }
      } catch (IllegalArgumentException e) {
        return new AuditVerification(0, 0, 0, 0, null)
            .withProblem(
                new AuditProblem(
                    AuditProblem.Kind.HEAD_MISMATCH,
                    0,
                    0,
                    "the head file is damaged or not signed by a trusted key"));
      }
    }
    long events = 0;
    long checkpoints = 0;
    long recoveries = 0;
    long expected = 1;
    String prevHash = AuditLines.ZERO_HASH;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(log), 1 << 16)) {
      LineReader r = new LineReader(in);
      long lineNo = 0;
      while (r.next()) {
        lineNo++;
        AuditVerification sofar =
            new AuditVerification(events, checkpoints, expected - 1, recoveries, null);
        byte[] line = r.line();
        int length = r.length();
        if (!r.terminated()) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.TORN_TAIL,
                  lineNo,
                  expected,
                  "the last line (" + length + " bytes) has no line end"));
        }
        int bodyLength = AuditLines.bodyLength(line, length);
        if (bodyLength < 0) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.MALFORMED, lineNo, expected, "the line has no hash member"));
        }
        if (!AuditLines.hashMatches(line, bodyLength, sha)) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.HASH_MISMATCH,
                  lineNo,
                  expected,
                  "the entry's content does not match its hash (edited)"));
        }
        long seq = AuditLines.tailSeq(line, bodyLength);
        if (seq < 1) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.MALFORMED, lineNo, expected, "the line is not an entry"));
        }
        if (seq != expected) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.OUT_OF_SEQUENCE,
                  lineNo,
                  expected,
                  "expected entry "
                      + expected
                      + " but found entry "
                      + seq
                      + " (entries deleted, inserted or reordered)"));
        }
        if (!AuditLines.prevEquals(line, bodyLength, prevHash)) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.BROKEN_LINK,
                  lineNo - 1,
                  expected - 1,
                  "entry "
                      + (expected - 1)
                      + " does not match the hash that entry "
                      + expected
                      + " records (replaced or forged)"));
        }
        char kind = AuditLines.kind(line, bodyLength);
        if (kind == 'c') {
          boolean ok;
          try {
            ok = checkpointSignatureOk(AuditLines.parseBody(line, bodyLength), verifier);
          } catch (IllegalArgumentException e) {
            ok = false;
          }
          if (!ok) {
            return sofar.withProblem(
                new AuditProblem(
                    AuditProblem.Kind.BAD_SIGNATURE,
                    lineNo,
                    seq,
                    "the checkpoint signature does not verify under a trusted key"));
          }
          checkpoints++;
        } else if (kind == 'r') {
          recoveries++;
        } else {
          events++;
        }
        prevHash = AuditLines.storedHash(line, bodyLength);
        if (seq == headSeq && !prevHash.equals(headHash)) {
          return sofar.withProblem(
              new AuditProblem(
                  AuditProblem.Kind.HEAD_MISMATCH,
                  lineNo,
                  seq,
                  "the entry differs from the signed head"));
        }
        expected++;
      }
    }
    AuditVerification result =
        new AuditVerification(events, checkpoints, expected - 1, recoveries, null);
    long last = expected - 1;
    if (headSeq > last) {
      return result.withProblem(
          new AuditProblem(
              AuditProblem.Kind.TRUNCATED,
              last + 1,
              last + 1,
              "the log ends at entry " + last + " but its signed head records entry " + headSeq));
    }
    if (!headPresent && last > 0) {
      return result.withProblem(
          new AuditProblem(
              AuditProblem.Kind.HEAD_MISSING, 0, 0, "the log has entries but no head file"));
    }
    return result;
  }

  private static boolean checkpointSignatureOk(
      Map<String, @Nullable String> m, CheckpointVerifier verifier) {
    String kid = m.get("kid");
    String alg = m.get("alg");
    String sig = m.get("sig");
    String time = m.get("time");
    String prev = m.get("prev");
    if (kid == null || alg == null || sig == null || time == null || prev == null) {
      return false;
    }
    byte[] signature;
    try {
      signature = Base64.getDecoder().decode(sig);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return verifier.verify(
        kid, alg, AuditLines.checkpointMessage(AuditLines.seq(m), time, prev), signature);
  }

  // ---------------------------------------------------------------------------------- reading

  /**
   * Reads every audit event in a log, in order, skipping checkpoints and recovery entries. It
   * checks each line's own hash but not the chain: run {@link #verify} for that.
   *
   * @param log the log file; never {@code null}
   * @param consumer receives each event; never {@code null}
   * @throws IOException if the file cannot be read
   * @throws AuditLogTamperedException at the first line that is torn, malformed or fails its hash
   */
  public static void readEvents(Path log, Consumer<AuditEvent> consumer)
      throws IOException, AuditLogTamperedException {
    Objects.requireNonNull(log, "log == null");
    Objects.requireNonNull(consumer, "consumer == null");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 unavailable", e);
    }
    try (InputStream in = new BufferedInputStream(Files.newInputStream(log), 1 << 16)) {
      LineReader r = new LineReader(in);
      long lineNo = 0;
      while (r.next()) {
        lineNo++;
        if (!r.terminated()) {
          throw new AuditLogTamperedException(
              new AuditProblem(
                  AuditProblem.Kind.TORN_TAIL, lineNo, lineNo, "the last line has no line end"));
        }
        int bodyLength = AuditLines.bodyLength(r.line(), r.length());
        AuditEvent event;
        try {
          if (bodyLength < 0 || !AuditLines.hashMatches(r.line(), bodyLength, sha)) {
            throw new IllegalArgumentException("hash");
          }
          Map<String, @Nullable String> m = AuditLines.parseBody(r.line(), bodyLength);
          String type = AuditLines.required(m, "type");
          if (AuditEvent.RESERVED_TYPES.contains(type)) {
            continue;
          }
          event = AuditLines.toEvent(m);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          throw new AuditLogTamperedException(
              new AuditProblem(
                  AuditProblem.Kind.MALFORMED,
                  lineNo,
                  lineNo,
                  "the line is not a well-formed entry"));
        }
        consumer.accept(event);
      }
    }
  }

  /**
   * Configures and opens a {@link FileAuditSink}; not thread-safe.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final Path path;
    private Clock clock = Clock.systemUTC();
    private @Nullable CheckpointSigner signer;
    private FsyncPolicy fsync = FsyncPolicy.always();
    private int checkpointEvery = 1000;
    private boolean recoverTornTail;

    private Builder(Path path) {
      this.path = path;
    }

    /**
     * The clock for checkpoint and recovery times (default: system UTC).
     *
     * @param clock never {@code null}
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The checkpoint signer (required).
     *
     * @param signer never {@code null}
     * @return this builder
     */
    public Builder signer(CheckpointSigner signer) {
      this.signer = Objects.requireNonNull(signer, "signer == null");
      return this;
    }

    /**
     * When appends are forced to disk (default: {@link FsyncPolicy#always()}).
     *
     * @param fsync never {@code null}
     * @return this builder
     */
    public Builder fsync(FsyncPolicy fsync) {
      this.fsync = Objects.requireNonNull(fsync, "fsync == null");
      return this;
    }

    /**
     * How many entries between automatic signed checkpoints (default 1000).
     *
     * @param entries at least 1
     * @return this builder
     */
    public Builder checkpointEvery(int entries) {
      if (entries < 1) {
        throw new IllegalArgumentException("entries < 1: " + entries);
      }
      this.checkpointEvery = entries;
      return this;
    }

    /**
     * On opening, quarantine a torn last line to {@code <log>.torn-<n>} and record a {@code
     * recovery} entry instead of refusing to open. Use it after a crash, once the torn line has
     * been reported.
     *
     * @return this builder
     */
    public Builder recoverTornTail() {
      this.recoverTornTail = true;
      return this;
    }

    /**
     * Opens (or creates) the log, checks its last entry and head file, and takes the file lock.
     *
     * @return an open sink
     * @throws IOException if the file cannot be opened or the opening checkpoint cannot be written
     * @throws AuditLogTamperedException if the log has a torn last line (without {@link
     *     #recoverTornTail()}), is cut below its signed head, or its last entry or head is damaged
     * @throws IllegalStateException if the log is already open
     */
    public FileAuditSink open() throws IOException, AuditLogTamperedException {
      if (signer == null) {
        throw new IllegalStateException("signer is required");
      }
      return FileAuditSink.open(this);
    }
  }
}
