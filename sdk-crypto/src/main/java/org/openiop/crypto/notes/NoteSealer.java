package org.openiop.crypto.notes;

import static org.openiop.crypto.internal.Encoding.ascii;
import static org.openiop.crypto.internal.Encoding.concat;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.internal.CanonicalJson;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.TinkPrimitives;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.keys.UntrustedKeyException;
import org.openiop.crypto.keys.VerifiedBundle;

/**
 * Seals clinical notes for exactly their readers and opens them again: the version-1 envelope of
 * {@code docs/crypto/sealed-note-v1.md}.
 *
 * <p>Sealing makes a fresh 256-bit data key per note, encrypts the body with AES-256-GCM, wraps the
 * data key for each reader's current attested HPKE key (RFC 9180) and signs the header, ciphertext
 * and wrappers with the author's Ed25519 key. Opening verifies the author's signature (and any
 * added reader's) against the {@link TrustedDirectory} <em>before</em> decrypting anything.
 *
 * <pre>{@code
 * NoteSealer sealer = NoteSealer.builder(trustedDirectory).clock(clock).build();
 * SealedNote sealed = sealer.seal(note, authorIdentity, List.of(participant, supervisor));
 * OpenedNote opened = sealer.open(SealedNote.parse(bytes), readerIdentity);
 * }</pre>
 *
 * <p>Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class NoteSealer {
  static final byte[] BODY_LABEL = ascii("openiop-note-v1 body");
  static final byte[] WRAP_LABEL = ascii("openiop-note-v1 wrap");
  static final byte[] SIG_LABEL = ascii("openiop-note-v1 sig");
  static final byte[] ADD_LABEL = ascii("openiop-note-v1 add");
  private static final byte[] ZERO = {0};

  private final TrustedDirectory directory;
  private final Clock clock;
  private final @Nullable Principal recoveryReader;
  private final RecoveryAccessListener listener;
  private final SecureRandom random = new SecureRandom();

  private NoteSealer(Builder b) {
    this.directory = b.directory;
    this.clock = b.clock;
    this.recoveryReader = b.recoveryReader;
    this.listener = b.listener;
  }

  /**
   * Starts a builder.
   *
   * @param directory where readers' and authors' attested keys come from; never {@code null}
   * @return the builder
   */
  public static Builder builder(TrustedDirectory directory) {
    return new Builder(directory);
  }

  /** Configures a {@link NoteSealer}. Not thread-safe; the sealer it builds is. */
  public static final class Builder {
    private final TrustedDirectory directory;
    private Clock clock = Clock.systemUTC();
    private @Nullable Principal recoveryReader;
    private RecoveryAccessListener listener = RecoveryAccessListener.NONE;

    private Builder(TrustedDirectory directory) {
      this.directory = Objects.requireNonNull(directory, "directory == null");
    }

    /**
     * The time source for the {@code created} field.
     *
     * @param clock never {@code null}
     * @return this
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Adds the organization's recovery reader to every note sealed, and requires an audit listener
     * for opening with it.
     *
     * @param recoveryReader the recovery principal, for example {@code
     *     Principal.organization("recovery")}; never {@code null}
     * @param listener receives an event on every recovery open; never {@code null}
     * @return this
     */
    public Builder recoveryReader(Principal recoveryReader, RecoveryAccessListener listener) {
      this.recoveryReader = Objects.requireNonNull(recoveryReader, "recoveryReader == null");
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /**
     * Builds the sealer.
     *
     * @return never {@code null}
     */
    public NoteSealer build() {
      return new NoteSealer(this);
    }
  }

  /**
   * Seals a note for its readers. The author (and the recovery reader, if configured) is always
   * added as a reader.
   *
   * @param note the plaintext; never {@code null}
   * @param author the writer, whose current signing key signs; never {@code null}
   * @param readers who may open it; never {@code null}
   * @return the sealed note
   * @throws UntrustedKeyException if a reader has no attested, unrevoked key
   * @throws GeneralSecurityException if encryption or signing fails
   */
  public SealedNote seal(ClinicalNote note, Identity author, Collection<Principal> readers)
      throws GeneralSecurityException {
    Objects.requireNonNull(note, "note == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(readers, "readers == null");
    return sealInternal(note, author, readers, "");
  }

  /**
   * Seals an addendum: a new note about the same participant whose signed header names the
   * original's {@link SealedNote#hash()}. The original is never changed.
   *
   * @param original the note amended; never {@code null}
   * @param addendum the new note (its own note id); never {@code null}
   * @param author the writer; never {@code null}
   * @param readers who may open the addendum; never {@code null}
   * @return the sealed addendum
   * @throws InvalidInputException if the participant differs or the note id is the original's
   * @throws GeneralSecurityException as for {@link #seal}
   */
  public SealedNote sealAddendum(
      SealedNote original, ClinicalNote addendum, Identity author, Collection<Principal> readers)
      throws GeneralSecurityException {
    Objects.requireNonNull(original, "original == null");
    Objects.requireNonNull(addendum, "addendum == null");
    Objects.requireNonNull(author, "author == null");
    Objects.requireNonNull(readers, "readers == null");
    if (!addendum.participantId().equals(original.participantId())) {
      throw InvalidInputException.of("addendum.participantId", "must be the original's");
    }
    if (addendum.noteId().equals(original.noteId())) {
      throw InvalidInputException.of("addendum.noteId", "must differ from the original's");
    }
    return sealInternal(addendum, author, readers, original.hash());
  }

  private SealedNote sealInternal(
      ClinicalNote note, Identity author, Collection<Principal> readers, String amends)
      throws GeneralSecurityException {
    Set<Principal> all = new TreeSet<>();
    for (Principal r : readers) {
      all.add(Objects.requireNonNull(r, "readers contains null"));
    }
    all.add(author.principal());
    if (recoveryReader != null) {
      all.add(recoveryReader);
    }
    if (all.size() > SealedNote.MAX_WRAPPERS) {
      throw InvalidInputException.of("readers", "at most 256 readers");
    }
    SealedNote.Header header =
        new SealedNote.Header(
            note.noteId(),
            note.version(),
            note.participantId(),
            author.principal(),
            author.signingKeyId(),
            clock.instant().truncatedTo(ChronoUnit.SECONDS),
            note.contentType(),
            amends);
    byte[] headerBytes = CanonicalJson.write(header.toJson());
    byte[] headerHash = Encoding.sha256(headerBytes);
    byte[] dataKey = new byte[32];
    random.nextBytes(dataKey);
    try {
      byte[] ct =
          TinkPrimitives.aes256Gcm(dataKey)
              .encrypt(note.body(), concat(BODY_LABEL, ZERO, headerBytes));
      List<SealedNote.Wrapper> wrappers = new ArrayList<>();
      for (Principal r : all) {
        wrappers.add(wrap(dataKey, headerHash, r, Optional.empty()));
      }
      String ctText = Encoding.b64(ct);
      byte[] signed = CanonicalJson.write(SealedNote.signedPart(header, ctText, wrappers));
      byte[] sig = author.sign(concat(SIG_LABEL, ZERO, signed));
      return new SealedNote(header, ctText, wrappers, List.of(), Encoding.b64(sig));
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  private SealedNote.Wrapper wrap(
      byte[] dataKey, byte[] headerHash, Principal to, Optional<Identity> grantor)
      throws GeneralSecurityException {
    VerifiedBundle vb = directory.current(to);
    String kid = vb.bundle().encryptionKeyId();
    byte[] enc = vb.encrypter().encrypt(dataKey, wrapInfo(headerHash, to, kid));
    return new SealedNote.Wrapper(
        to,
        kid,
        Encoding.b64(enc),
        grantor.map(Identity::principal),
        grantor.map(Identity::signingKeyId),
        Optional.empty());
  }

  static byte[] wrapInfo(byte[] headerHash, Principal to, String kid) {
    return concat(WRAP_LABEL, ZERO, headerHash, ascii(to.text()), ZERO, ascii(kid));
  }

  /**
   * Opens a note: verifies every signature against the directory, then unwraps and decrypts.
   *
   * @param sealed the note; never {@code null}
   * @param reader the reader's identity; never {@code null}
   * @return the note with its verified author
   * @throws NotAReaderException if no wrapper is addressed to the reader's keys
   * @throws NoteTamperedException if a signature, wrapper or the ciphertext does not authenticate
   * @throws UntrustedKeyException if the author's (or a grantor's) key is unknown or revoked
   * @throws IllegalStateException if {@code reader} is the recovery reader (use {@link
   *     #openForRecovery})
   */
  public OpenedNote open(SealedNote sealed, Identity reader) throws GeneralSecurityException {
    Objects.requireNonNull(sealed, "sealed == null");
    Objects.requireNonNull(reader, "reader == null");
    if (reader.principal().equals(recoveryReader)) {
      throw new IllegalStateException("the recovery reader opens only through openForRecovery");
    }
    return decrypt(sealed, reader, Optional.empty());
  }

  /**
   * Opens a note with the organization's recovery reader (continuity of care, legal hold). Needs a
   * reason and emits a {@link RecoveryAccessEvent} to the configured listener before any plaintext
   * is returned; if the listener throws, nothing is returned.
   *
   * @param sealed the note; never {@code null}
   * @param recovery the recovery reader's identity; never {@code null}
   * @param requestedBy who asked; never {@code null}
   * @param reason why, 1-1000 characters, not blank; never {@code null}
   * @return the note
   * @throws IllegalStateException if no recovery reader is configured or {@code recovery} is not it
   * @throws GeneralSecurityException as for {@link #open}
   */
  public OpenedNote openForRecovery(
      SealedNote sealed, Identity recovery, Principal requestedBy, String reason)
      throws GeneralSecurityException {
    Objects.requireNonNull(sealed, "sealed == null");
    Objects.requireNonNull(recovery, "recovery == null");
    Objects.requireNonNull(requestedBy, "requestedBy == null");
    Objects.requireNonNull(reason, "reason == null");
    if (recoveryReader == null || !recoveryReader.equals(recovery.principal())) {
      throw new IllegalStateException("not the configured recovery reader");
    }
    if (reason.isBlank() || reason.length() > 1000) {
      throw InvalidInputException.of("reason", "must be 1-1000 characters and not blank");
    }
    RecoveryAccessEvent event =
        new RecoveryAccessEvent(
            sealed.noteId(),
            sealed.version(),
            sealed.participantId(),
            recoveryReader,
            requestedBy,
            reason,
            clock.instant());
    return decrypt(sealed, recovery, Optional.of(event));
  }

  /**
   * Adds a reader to an existing note by wrapping its data key once more; the body and the author's
   * signature are untouched. The grantor must already be a reader and signs the new wrapper.
   *
   * @param sealed the note; never {@code null}
   * @param grantor an existing reader; never {@code null}
   * @param newReader whom to add; never {@code null}
   * @return the note with one more wrapper
   * @throws InvalidInputException if {@code newReader} already reads the note
   * @throws GeneralSecurityException as for {@link #open}, or if the new reader's key is not
   *     trusted
   */
  public SealedNote addReader(SealedNote sealed, Identity grantor, Principal newReader)
      throws GeneralSecurityException {
    Objects.requireNonNull(sealed, "sealed == null");
    Objects.requireNonNull(grantor, "grantor == null");
    Objects.requireNonNull(newReader, "newReader == null");
    if (sealed.readers().contains(newReader)) {
      throw InvalidInputException.of("newReader", "already a reader of the note");
    }
    if (sealed.readers().size() >= SealedNote.MAX_WRAPPERS) {
      throw InvalidInputException.of("newReader", "note already has 256 readers");
    }
    byte[] signed = verify(sealed);
    byte[] dataKey = unwrap(sealed, grantor);
    try {
      byte[] headerHash = Encoding.sha256(sealed.headerBytes());
      SealedNote.Wrapper w = wrap(dataKey, headerHash, newReader, Optional.of(grantor));
      byte[] sig =
          grantor.sign(
              concat(
                  ADD_LABEL, ZERO, Encoding.sha256(signed), CanonicalJson.write(w.unsignedJson())));
      List<SealedNote.Wrapper> added = new ArrayList<>(sealed.added());
      added.add(
          new SealedNote.Wrapper(
              w.to(), w.keyId(), w.enc(), w.by(), w.byKeyId(), Optional.of(Encoding.b64(sig))));
      return new SealedNote(
          sealed.header(), sealed.ciphertext(), sealed.wrappers(), added, sealed.signature());
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
  }

  /**
   * Removes readers the only way possible: seals the same content as the next version for the given
   * readers with a fresh data key. See the guide for what this cannot undo.
   *
   * @param sealed the current version; never {@code null}
   * @param author who reseals (must be able to open it); never {@code null}
   * @param readers the remaining readers; never {@code null}
   * @return the new version
   * @throws GeneralSecurityException as for {@link #open} and {@link #seal}
   */
  public SealedNote reseal(SealedNote sealed, Identity author, Collection<Principal> readers)
      throws GeneralSecurityException {
    OpenedNote opened = open(sealed, author);
    ClinicalNote next = opened.note().withVersion(sealed.version() + 1);
    return sealInternal(next, author, readers, opened.amends().orElse(""));
  }

  private OpenedNote decrypt(
      SealedNote sealed, Identity reader, Optional<RecoveryAccessEvent> audit)
      throws GeneralSecurityException {
    verify(sealed);
    byte[] dataKey = unwrap(sealed, reader);
    byte[] body;
    try {
      byte[] headerBytes = sealed.headerBytes();
      body =
          TinkPrimitives.aes256Gcm(dataKey)
              .decrypt(
                  Encoding.unb64(sealed.ciphertext()).orElseThrow(),
                  concat(BODY_LABEL, ZERO, headerBytes));
    } catch (GeneralSecurityException e) {
      throw new NoteTamperedException("ciphertext of note " + sealed.noteId() + " is corrupt", e);
    } finally {
      Arrays.fill(dataKey, (byte) 0);
    }
    audit.ifPresent(listener::recoveryOpened);
    SealedNote.Header h = sealed.header();
    return new OpenedNote(
        ClinicalNote.of(h.noteId(), h.version(), h.participantId(), h.contentType(), body),
        h.author(),
        h.created(),
        sealed.amends());
  }

  /** Verifies the author's and every grantor's signature; returns the author-signed bytes. */
  private byte[] verify(SealedNote sealed) throws GeneralSecurityException {
    SealedNote.Header h = sealed.header();
    byte[] signed =
        CanonicalJson.write(SealedNote.signedPart(h, sealed.ciphertext(), sealed.wrappers()));
    VerifiedBundle author = directory.bySigningKey(h.author(), h.authorKeyId());
    try {
      author
          .verifier()
          .verify(
              Encoding.unb64(sealed.signature()).orElseThrow(), concat(SIG_LABEL, ZERO, signed));
    } catch (GeneralSecurityException e) {
      throw new NoteTamperedException(
          "author signature of note " + h.noteId() + " does not verify", e);
    }
    Set<Principal> readers = new HashSet<>();
    sealed.wrappers().forEach(w -> readers.add(w.to()));
    byte[] signedHash = Encoding.sha256(signed);
    for (SealedNote.Wrapper w : sealed.added()) {
      Principal by = w.by().orElseThrow();
      if (!readers.contains(by)) {
        throw new NoteTamperedException(
            "added wrapper of note " + h.noteId() + " granted by a non-reader");
      }
      VerifiedBundle grantor = directory.bySigningKey(by, w.byKeyId().orElseThrow());
      try {
        grantor
            .verifier()
            .verify(
                Encoding.unb64(w.sig().orElseThrow()).orElseThrow(),
                concat(ADD_LABEL, ZERO, signedHash, CanonicalJson.write(w.unsignedJson())));
      } catch (GeneralSecurityException e) {
        throw new NoteTamperedException(
            "added wrapper signature of note " + h.noteId() + " does not verify", e);
      }
      readers.add(w.to());
    }
    return signed;
  }

  private byte[] unwrap(SealedNote sealed, Identity reader) throws GeneralSecurityException {
    List<SealedNote.Wrapper> all = new ArrayList<>(sealed.wrappers());
    all.addAll(sealed.added());
    byte[] headerHash = Encoding.sha256(sealed.headerBytes());
    for (SealedNote.Wrapper w : all) {
      if (w.to().equals(reader.principal()) && reader.encryptionKeyIds().contains(w.keyId())) {
        try {
          byte[] dk =
              reader.hpkeOpen(
                  w.keyId(),
                  Encoding.unb64(w.enc()).orElseThrow(),
                  wrapInfo(headerHash, w.to(), w.keyId()));
          if (dk.length != 32) {
            throw new GeneralSecurityException("data key length");
          }
          return dk;
        } catch (GeneralSecurityException e) {
          throw new NoteTamperedException(
              "wrapper of note " + sealed.noteId() + " for " + w.to() + " does not open", e);
        }
      }
    }
    throw new NotAReaderException(
        reader.principal() + " holds no key that note " + sealed.noteId() + " was sealed to");
  }
}
