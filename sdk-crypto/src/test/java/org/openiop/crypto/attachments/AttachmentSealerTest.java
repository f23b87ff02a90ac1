package org.openiop.crypto.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.notes.NotAReaderException;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.NoteTamperedException;
import org.openiop.crypto.notes.SealedNote;

class AttachmentSealerTest {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal CLINICIAN = Principal.of(ClinicianId.of("cli_a"));
  static final Principal PARTICIPANT = Principal.of(ParticipantId.of("par_b"));
  static final Principal OTHER = Principal.of(ParticipantId.of("par_c"));

  static {
    for (Principal p : List.of(CLINICIAN, PARTICIPANT, OTHER)) {
      F.enroll(p);
    }
  }

  final AttachmentSealer sealer =
      new AttachmentSealer(NoteSealer.builder(F.trusted).clock(CryptoFixture.CLOCK).build());
  @TempDir Path dir;

  /** A deterministic source of {@code size} pseudo-random bytes that holds one small buffer. */
  static ReadableByteChannel source(long size, long seed) {
    return new ReadableByteChannel() {
      final Random r = new Random(seed);
      long left = size;

      @Override
      public int read(ByteBuffer dst) {
        if (left == 0) {
          return -1;
        }
        int n = (int) Math.min(dst.remaining(), left);
        byte[] b = new byte[n];
        r.nextBytes(b);
        dst.put(b);
        left -= n;
        return n;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  static byte[] sha256(ReadableByteChannel ch) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    ByteBuffer buf = ByteBuffer.allocate(1 << 16);
    while (ch.read(buf) >= 0) {
      buf.flip();
      md.update(buf);
      buf.clear();
    }
    return md.digest();
  }

  SealedNote encryptToFile(Path file, long size) throws Exception {
    try (FileChannel out =
        FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      return sealer.encrypt(
          NoteId.of("att_1"),
          ParticipantId.of("par_b"),
          "video/mp4",
          source(size, 7),
          out,
          F.identity(CLINICIAN),
          List.of(PARTICIPANT));
    }
  }

  @Test
  void aMultiSegmentAttachmentRoundTripsInStreamingMode() throws Exception {
    long size = 5L * 1024 * 1024 + 123;
    Path file = dir.resolve("a.bin");
    SealedNote env = encryptToFile(file, size);
    assertThat(Files.size(file)).isGreaterThan(size).isLessThan(size + 1024);
    try (ReadableByteChannel ct = FileChannel.open(file);
        ReadableByteChannel pt = sealer.openStream(env, F.identity(PARTICIPANT), ct)) {
      assertThat(sha256(pt)).isEqualTo(sha256(source(size, 7)));
    }
  }

  @Test
  void aSeekableChannelReadsFromTheMiddle() throws Exception {
    long size = 3L * 1024 * 1024;
    Path file = dir.resolve("b.bin");
    SealedNote env = encryptToFile(file, size);
    ReadableByteChannel src = source(size, 7);
    ByteBuffer all = ByteBuffer.allocate((int) size);
    while (src.read(all) > 0) {}
    byte[] expected = java.util.Arrays.copyOfRange(all.array(), 2_500_000, 2_500_100);
    try (SeekableByteChannel ct = FileChannel.open(file);
        SeekableByteChannel pt = sealer.openSeekable(env, F.identity(PARTICIPANT), ct)) {
      pt.position(2_500_000);
      ByteBuffer got = ByteBuffer.allocate(100);
      while (got.hasRemaining() && pt.read(got) > 0) {}
      assertThat(got.array()).isEqualTo(expected);
      assertThat(pt.size()).isEqualTo(size);
    }
  }

  @Test
  void emptyAndTruncatedCiphertextsFailPromptly() throws Exception {
    Path file = dir.resolve("c.bin");
    SealedNote env = encryptToFile(file, 2L * 1024 * 1024);
    byte[] full = Files.readAllBytes(file);
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (int len : new int[] {0, 1, 39, 55, 56, 1000, 1024 * 1024, full.length - 1}) {
            Path cut = dir.resolve("cut" + len);
            Files.write(cut, java.util.Arrays.copyOf(full, len));
            try (SeekableByteChannel ct = FileChannel.open(cut)) {
              if (len < AttachmentSealer.MIN_CIPHERTEXT_BYTES) {
                assertThatThrownBy(() -> sealer.openSeekable(env, F.identity(PARTICIPANT), ct))
                    .isInstanceOf(NoteTamperedException.class);
              } else {
                SeekableByteChannel pt = sealer.openSeekable(env, F.identity(PARTICIPANT), ct);
                assertThatThrownBy(() -> sha256(pt)).isInstanceOf(IOException.class);
              }
            }
            try (ReadableByteChannel ct = FileChannel.open(cut)) {
              assertThatThrownBy(() -> sha256(sealer.openStream(env, F.identity(PARTICIPANT), ct)))
                  .isInstanceOf(IOException.class);
            }
          }
        });
  }

  @Test
  void aFlippedBitOrAnotherEnvelopeIsRefused() throws Exception {
    Path file = dir.resolve("d.bin");
    SealedNote env = encryptToFile(file, 100_000);
    byte[] ct = Files.readAllBytes(file);
    ct[ct.length / 2] ^= 1;
    assertThatThrownBy(
            () ->
                sha256(
                    sealer.openStream(
                        env,
                        F.identity(PARTICIPANT),
                        Channels.newChannel(new java.io.ByteArrayInputStream(ct)))))
        .isInstanceOf(IOException.class);
    SealedNote other = encryptToFile(dir.resolve("e.bin"), 100_000);
    byte[] good = Files.readAllBytes(file);
    assertThatThrownBy(
            () ->
                sha256(
                    sealer.openStream(
                        other,
                        F.identity(PARTICIPANT),
                        Channels.newChannel(new java.io.ByteArrayInputStream(good)))))
        .isInstanceOf(IOException.class);
  }

  @Test
  void onlyReadersOfTheEnvelopeCanOpen() throws Exception {
    Path file = dir.resolve("f.bin");
    SealedNote env = encryptToFile(file, 1000);
    try (ReadableByteChannel ct = FileChannel.open(file)) {
      assertThatThrownBy(() -> sealer.openStream(env, F.identity(OTHER), ct))
          .isInstanceOf(NotAReaderException.class);
    }
  }

  @Test
  void anEmptyAttachmentRoundTrips() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WritableByteChannel sink = Channels.newChannel(out)) {
      SealedNote env =
          sealer.encrypt(
              NoteId.of("att_0"),
              ParticipantId.of("par_b"),
              "text/plain",
              source(0, 1),
              sink,
              F.identity(CLINICIAN),
              List.of(PARTICIPANT));
      byte[] ct = out.toByteArray();
      assertThat(ct.length).isGreaterThanOrEqualTo(AttachmentSealer.MIN_CIPHERTEXT_BYTES);
      assertThat(
              sha256(
                  sealer.openStream(
                      env,
                      F.identity(PARTICIPANT),
                      Channels.newChannel(new java.io.ByteArrayInputStream(ct)))))
          .isEqualTo(sha256(source(0, 1)));
    }
  }
}
