package org.openiop.crypto.attachments;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.streamingaead.AesGcmHkdfStreamingKey;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.TinkPrimitives;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.notes.ClinicalNote;
import org.openiop.crypto.notes.NoteSealer;
import org.openiop.crypto.notes.NoteTamperedException;
import org.openiop.crypto.notes.OpenedNote;
import org.openiop.crypto.notes.SealedNote;

/**
 * Encrypts attachments of any size with Tink {@link StreamingAead} (AES256-GCM-HKDF, 1 MB segments)
 * in constant memory, and seals the stream key to the readers with the sealed-note envelope (so
 * readers, signatures, revocation, recovery and add-reader work exactly as for notes).
 *
 * <p>The key envelope is a version-1 sealed note whose {@code note} is the attachment id, whose
 * {@code contentType} is the attachment's, and whose body is the 32-byte stream key. The stream's
 * associated data is {@code "openiop-attachment-v1" || 0x00 || note hash}, binding the ciphertext
 * to exactly that envelope. Opening a ciphertext shorter than one segment header plus tag fails at
 * once (the empty or truncated input of tink-java#79 never reaches Tink's seekable channel).
 * Immutable and safe for concurrent use; channels returned are not.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AttachmentSealer {
  /** Streaming AEAD header (1 + 32 salt + 7 nonce prefix) plus one 16-byte tag. */
  static final int MIN_CIPHERTEXT_BYTES = 1 + 32 + 7 + 16;

  private static final int COPY_BUFFER = 64 * 1024;

  private final NoteSealer keySealer;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates the sealer.
   *
   * @param keySealer seals and opens the key envelopes; never {@code null}
   */
  public AttachmentSealer(NoteSealer keySealer) {
    this.keySealer = Objects.requireNonNull(keySealer, "keySealer == null");
  }

  /**
   * Encrypts {@code plaintext} to {@code ciphertext} (both streamed; neither is closed) and returns
   * the key envelope to store next to the ciphertext.
   *
   * @param attachmentId the attachment's id; never {@code null}
   * @param participantId whom it is about; never {@code null}
   * @param contentType its MIME type, as for notes; never {@code null}
   * @param plaintext the source; never {@code null}
   * @param ciphertext the sink; never {@code null}
   * @param author who seals; never {@code null}
   * @param readers who may open; never {@code null}
   * @return the key envelope
   * @throws IOException if a channel fails
   * @throws GeneralSecurityException if a reader's key is not trusted or encryption fails
   */
  public SealedNote encrypt(
      NoteId attachmentId,
      ParticipantId participantId,
      String contentType,
      ReadableByteChannel plaintext,
      WritableByteChannel ciphertext,
      Identity author,
      Collection<Principal> readers)
      throws IOException, GeneralSecurityException {
    Objects.requireNonNull(plaintext, "plaintext == null");
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    byte[] key = new byte[32];
    random.nextBytes(key);
    try {
      SealedNote envelope =
          keySealer.seal(
              ClinicalNote.of(attachmentId, 1, participantId, contentType, key), author, readers);
      StreamingAead aead = streamingAead(key);
      try (WritableByteChannel enc =
          aead.newEncryptingChannel(new NonClosing(ciphertext), associatedData(envelope))) {
        ByteBuffer buf = ByteBuffer.allocate(COPY_BUFFER);
        while (plaintext.read(buf) >= 0) {
          buf.flip();
          while (buf.hasRemaining()) {
            enc.write(buf);
          }
          buf.clear();
        }
      }
      return envelope;
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /**
   * Opens a ciphertext for sequential reading. Reads throw {@link IOException} if the ciphertext
   * was altered or truncated.
   *
   * @param envelope the key envelope; never {@code null}
   * @param reader a reader of the envelope; never {@code null}
   * @param ciphertext the encrypted bytes; never {@code null}
   * @return a channel of plaintext
   * @throws GeneralSecurityException as for {@link NoteSealer#open}
   * @throws IOException if the ciphertext header cannot be read
   */
  public ReadableByteChannel openStream(
      SealedNote envelope, Identity reader, ReadableByteChannel ciphertext)
      throws GeneralSecurityException, IOException {
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    return streamingAead(envelope, reader)
        .newDecryptingChannel(ciphertext, associatedData(envelope));
  }

  /**
   * Opens a ciphertext for random access (for example seeking in a recording).
   *
   * @param envelope the key envelope; never {@code null}
   * @param reader a reader of the envelope; never {@code null}
   * @param ciphertext the encrypted bytes; never {@code null}
   * @return a seekable channel of plaintext
   * @throws NoteTamperedException if the ciphertext is empty or shorter than one segment header and
   *     tag
   * @throws GeneralSecurityException as for {@link NoteSealer#open}
   * @throws IOException if the channel fails
   */
  public SeekableByteChannel openSeekable(
      SealedNote envelope, Identity reader, SeekableByteChannel ciphertext)
      throws GeneralSecurityException, IOException {
    Objects.requireNonNull(ciphertext, "ciphertext == null");
    if (ciphertext.size() < MIN_CIPHERTEXT_BYTES) {
      throw new NoteTamperedException(
          "attachment " + envelope.noteId() + " ciphertext is empty or truncated");
    }
    return streamingAead(envelope, reader)
        .newSeekableDecryptingChannel(ciphertext, associatedData(envelope));
  }

  private StreamingAead streamingAead(SealedNote envelope, Identity reader)
      throws GeneralSecurityException {
    OpenedNote opened = keySealer.open(envelope, reader);
    byte[] key = opened.note().body();
    try {
      if (key.length != 32) {
        throw new NoteTamperedException("attachment key envelope " + envelope.noteId() + " bad");
      }
      return streamingAead(key);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  static StreamingAead streamingAead(byte[] key) throws GeneralSecurityException {
    AesGcmHkdfStreamingKey k =
        AesGcmHkdfStreamingKey.create(
            PredefinedStreamingAeadParameters.AES256_GCM_HKDF_1MB,
            SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()));
    return TinkPrimitives.single(k, 1).getPrimitive(TinkPrimitives.config(), StreamingAead.class);
  }

  static byte[] associatedData(SealedNote envelope) {
    return Encoding.concat(
        Encoding.ascii("openiop-attachment-v1"), new byte[] {0}, Encoding.ascii(envelope.hash()));
  }

  /** Lets the encrypting channel write its final segment without closing the caller's sink. */
  private static final class NonClosing implements WritableByteChannel {
    private final WritableByteChannel delegate;

    NonClosing(WritableByteChannel delegate) {
      this.delegate = delegate;
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      return delegate.write(src);
    }

    @Override
    public boolean isOpen() {
      return delegate.isOpen();
    }

    @Override
    public void close() {
      // the caller owns the sink
    }
  }
}
