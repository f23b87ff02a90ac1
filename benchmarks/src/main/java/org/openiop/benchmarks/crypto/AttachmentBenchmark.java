package org.openiop.benchmarks.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.TinkSetup;
import org.openiop.crypto.attachments.AttachmentSealer;
import org.openiop.crypto.keys.DirectoryAuthority;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.notes.NoteSealer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encrypting a 64 MiB attachment through {@link AttachmentSealer} (key sealed for 2 readers
 * included) against raw Tink {@code StreamingAead} AES256-GCM-HKDF-1MB on the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AttachmentBenchmark {
  static final int SIZE = 64 * 1024 * 1024;

  byte[] data;
  AttachmentSealer sealer;
  Identity author;
  List<Principal> readers;
  StreamingAead raw;

  /**
   * Prepares 64 MiB of data and both paths.
   *
   * @throws GeneralSecurityException never expected
   */
  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    TinkSetup.ensureRegistered();
    data = new byte[SIZE];
    new Random(1).nextBytes(data);
    DirectoryAuthority authority =
        DirectoryAuthority.generate("https://bench.example", "dir", Clock.systemUTC());
    InMemoryKeyDirectory store = new InMemoryKeyDirectory();
    TrustedDirectory trusted =
        new TrustedDirectory(store, authority.publicKey(), "https://bench.example");
    author = Identity.generate(Principal.of(ClinicianId.of("cli_a")));
    Identity reader = Identity.generate(Principal.of(ParticipantId.of("par_b")));
    store.publish(authority.attest(author.publicBundle()));
    store.publish(authority.attest(reader.publicBundle()));
    readers = List.of(reader.principal());
    sealer = new AttachmentSealer(NoteSealer.builder(trusted).build());
    var config = RegistryConfiguration.get();
    raw =
        KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB, config)
            .getPrimitive(config, StreamingAead.class);
  }

  /**
   * Subject: OpenIOP attachment encryption into a counting sink.
   *
   * @return ciphertext bytes written
   * @throws Exception never expected
   */
  @Benchmark
  public long encryptOpenIop() throws Exception {
    CountingSink sink = new CountingSink();
    sealer.encrypt(
        NoteId.of("att_bench"),
        ParticipantId.of("par_b"),
        "video/mp4",
        new ArraySource(data),
        sink,
        author,
        readers);
    return sink.count;
  }

  /**
   * Baseline: raw Tink streaming encryption of the same bytes, same copy buffer size.
   *
   * @return ciphertext bytes written
   * @throws Exception never expected
   */
  @Benchmark
  public long encryptRawTink() throws Exception {
    CountingSink sink = new CountingSink();
    try (WritableByteChannel enc = raw.newEncryptingChannel(sink, new byte[30])) {
      ReadableByteChannel in = new ArraySource(data);
      ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
      while (in.read(buf) >= 0) {
        buf.flip();
        while (buf.hasRemaining()) {
          enc.write(buf);
        }
        buf.clear();
      }
    }
    return sink.count;
  }

  /** Reads a byte array. */
  static final class ArraySource implements ReadableByteChannel {
    private final byte[] data;
    private int pos;

    ArraySource(byte[] data) {
      this.data = data;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (pos == data.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), data.length - pos);
      dst.put(data, pos, n);
      pos += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** Counts and discards. */
  static final class CountingSink implements WritableByteChannel {
    long count;

    @Override
    public int write(ByteBuffer src) throws IOException {
      int n = src.remaining();
      src.position(src.limit());
      count += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
