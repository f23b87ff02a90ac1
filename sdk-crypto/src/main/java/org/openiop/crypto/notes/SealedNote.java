package org.openiop.crypto.notes;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.internal.CanonicalJson;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.MalformedJsonException;
import org.openiop.crypto.keys.Principal;

/**
 * A sealed note: the canonical bytes of a version-1 envelope ({@code
 * docs/crypto/sealed-note-v1.md}) and the public fields read from them.
 *
 * <p>Parsing checks the format only (canonical JSON, member order, encodings, version); it does not
 * check signatures or decrypt, so the accessors here are <em>claims</em> until {@link
 * NoteSealer#open} succeeds. The envelope holds no plaintext; {@code toString} shows ids only.
 * Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SealedNote {
  /** The only envelope version this library writes and opens. */
  public static final int FORMAT_VERSION = 1;

  /** The only suite of version 1. */
  public static final String SUITE = "HPKE-X25519-SHA256-A256GCM/A256GCM/Ed25519";

  /** Largest envelope accepted, 16 MiB. */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  /** Most wrappers (readers, including added ones) per note. */
  public static final int MAX_WRAPPERS = 256;

  private final byte[] bytes;
  private final byte[] signedBytes;
  private final byte[] headerBytes;
  private final Header header;
  private final String ciphertext;
  private final List<Wrapper> wrappers;
  private final List<Wrapper> added;
  private final String signature;

  record Header(
      NoteId noteId,
      int version,
      ParticipantId participantId,
      Principal author,
      String authorKeyId,
      Instant created,
      String contentType,
      String amends) {
    Map<String, Object> toJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("v", (long) FORMAT_VERSION);
      m.put("suite", SUITE);
      m.put("note", noteId.value());
      m.put("ver", (long) version);
      m.put("participant", participantId.value());
      m.put("author", author.text());
      m.put("authorKid", authorKeyId);
      m.put("created", created.toString());
      m.put("contentType", contentType);
      m.put("amends", amends);
      return m;
    }
  }

  record Wrapper(
      Principal to,
      String keyId,
      String enc,
      Optional<Principal> by,
      Optional<String> byKeyId,
      Optional<String> sig) {
    Map<String, Object> unsignedJson() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("to", to.text());
      m.put("kid", keyId);
      m.put("enc", enc);
      if (by.isPresent()) {
        m.put("by", by.get().text());
        m.put("byKid", byKeyId.orElseThrow());
      }
      return m;
    }

    Map<String, Object> toJson() {
      Map<String, Object> m = unsignedJson();
      sig.ifPresent(s -> m.put("sig", s));
      return m;
    }
  }

  SealedNote(
      Header header, String ciphertext, List<Wrapper> wrappers, List<Wrapper> added, String sig) {
    this.header = header;
    this.ciphertext = ciphertext;
    this.wrappers = List.copyOf(wrappers);
    this.added = List.copyOf(added);
    this.signature = sig;
    Map<String, Object> m = signedPart(header, ciphertext, wrappers);
    this.signedBytes = CanonicalJson.write(m);
    this.headerBytes = CanonicalJson.write(header.toJson());
    List<Object> addedJson = new ArrayList<>();
    added.forEach(w -> addedJson.add(w.toJson()));
    m.put("added", addedJson);
    m.put("sig", sig);
    this.bytes = CanonicalJson.write(m);
  }

  static Map<String, Object> signedPart(Header h, String ct, List<Wrapper> wrappers) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("header", h.toJson());
    m.put("ct", ct);
    List<Object> w = new ArrayList<>();
    wrappers.forEach(x -> w.add(x.toJson()));
    m.put("wrappers", w);
    return m;
  }

  /**
   * Reads an envelope, checking its format (not its signatures).
   *
   * @param bytes the envelope; never {@code null}
   * @return the sealed note
   * @throws UnsupportedEnvelopeException if the version or suite is not version 1's
   * @throws NoteTamperedException if the bytes are not a canonical version-1 envelope
   */
  public static SealedNote parse(byte[] bytes) throws SealedNoteException {
    Objects.requireNonNull(bytes, "bytes == null");
    if (bytes.length > MAX_BYTES) {
      throw new NoteTamperedException("envelope larger than 16 MiB");
    }
    Object root;
    try {
      root = CanonicalJson.parse(bytes);
    } catch (MalformedJsonException e) {
      throw new NoteTamperedException("envelope is not canonical JSON: " + e.getMessage());
    }
    Map<String, Object> top = object(root, "envelope", "header", "ct", "wrappers", "added", "sig");
    Map<String, Object> h = asMap(top.get("header"), "header");
    Object v = h.get("v");
    if (!(v instanceof Long lv) || lv != FORMAT_VERSION) {
      throw new UnsupportedEnvelopeException("envelope version is not " + FORMAT_VERSION);
    }
    object(
        h,
        "header",
        "v",
        "suite",
        "note",
        "ver",
        "participant",
        "author",
        "authorKid",
        "created",
        "contentType",
        "amends");
    if (!SUITE.equals(h.get("suite"))) {
      throw new UnsupportedEnvelopeException("envelope suite not supported");
    }
    Header header =
        new Header(
            NoteId.tryParse(str(h, "note"))
                .orElseThrow(() -> new NoteTamperedException("header.note malformed")),
            intValue(h.get("ver"), "header.ver"),
            ParticipantId.tryParse(str(h, "participant"))
                .orElseThrow(() -> new NoteTamperedException("header.participant malformed")),
            principal(str(h, "author"), "header.author"),
            kid(str(h, "authorKid"), "header.authorKid"),
            instant(str(h, "created")),
            contentType(str(h, "contentType")),
            amends(str(h, "amends")));
    String ct = b64(str(top, "ct"), "ct");
    List<Wrapper> wrappers = wrappers(top.get("wrappers"), false);
    if (wrappers.isEmpty()) {
      throw new NoteTamperedException("envelope has no wrappers");
    }
    List<Wrapper> added = wrappers(top.get("added"), true);
    if (wrappers.size() + added.size() > MAX_WRAPPERS) {
      throw new NoteTamperedException("too many wrappers");
    }
    String sig = b64(str(top, "sig"), "sig");
    SealedNote note = new SealedNote(header, ct, wrappers, added, sig);
    if (!java.util.Arrays.equals(note.bytes, bytes)) {
      throw new NoteTamperedException("envelope is not in canonical form");
    }
    return note;
  }

  private static List<Wrapper> wrappers(Object o, boolean addedKind) throws SealedNoteException {
    if (!(o instanceof List<?> list)) {
      throw new NoteTamperedException("wrappers must be an array");
    }
    List<Wrapper> out = new ArrayList<>();
    String previous = "";
    for (Object item : list) {
      Map<String, Object> w =
          addedKind
              ? object(item, "wrapper", "to", "kid", "enc", "by", "byKid", "sig")
              : object(item, "wrapper", "to", "kid", "enc");
      Principal to = principal(str(w, "to"), "wrapper.to");
      if (!addedKind) {
        if (to.text().compareTo(previous) <= 0) {
          throw new NoteTamperedException("wrappers not sorted by recipient");
        }
        previous = to.text();
      }
      String kid = kid(str(w, "kid"), "wrapper.kid");
      String enc = b64(str(w, "enc"), "wrapper.enc");
      if (addedKind) {
        out.add(
            new Wrapper(
                to,
                kid,
                enc,
                Optional.of(principal(str(w, "by"), "wrapper.by")),
                Optional.of(kid(str(w, "byKid"), "wrapper.byKid")),
                Optional.of(b64(str(w, "sig"), "wrapper.sig"))));
      } else {
        out.add(new Wrapper(to, kid, enc, Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o, String what) throws NoteTamperedException {
    if (!(o instanceof Map<?, ?>)) {
      throw new NoteTamperedException(what + " must be an object");
    }
    return (Map<String, Object>) o;
  }

  private static Map<String, Object> object(Object o, String what, String... members)
      throws NoteTamperedException {
    Map<String, Object> m = asMap(o, what);
    if (!List.copyOf(m.keySet()).equals(List.of(members))) {
      throw new NoteTamperedException(what + " members missing, extra or out of order");
    }
    return m;
  }

  private static String str(Map<String, Object> m, String key) throws NoteTamperedException {
    if (!(m.get(key) instanceof String s)) {
      throw new NoteTamperedException(key + " must be a string");
    }
    return s;
  }

  private static int intValue(Object o, String what) throws NoteTamperedException {
    if (!(o instanceof Long l) || l < 1 || l > Integer.MAX_VALUE) {
      throw new NoteTamperedException(what + " must be a positive integer");
    }
    return l.intValue();
  }

  private static Principal principal(String s, String what) throws NoteTamperedException {
    return Principal.tryParse(s).orElseThrow(() -> new NoteTamperedException(what + " malformed"));
  }

  private static String kid(String s, String what) throws NoteTamperedException {
    if (Encoding.parseKid(s).isEmpty()) {
      throw new NoteTamperedException(what + " malformed");
    }
    return s;
  }

  private static String b64(String s, String what) throws NoteTamperedException {
    if (s.isEmpty() || Encoding.unb64(s).isEmpty()) {
      throw new NoteTamperedException(what + " is not canonical base64url");
    }
    return s;
  }

  private static Instant instant(String s) throws NoteTamperedException {
    try {
      Instant i = Instant.parse(s);
      if (!i.truncatedTo(ChronoUnit.SECONDS).toString().equals(s)) {
        throw new NoteTamperedException("header.created not canonical");
      }
      return i;
    } catch (DateTimeParseException e) {
      throw new NoteTamperedException("header.created malformed");
    }
  }

  private static String contentType(String s) throws NoteTamperedException {
    if (!ClinicalNote.CONTENT_TYPE.matcher(s).matches()) {
      throw new NoteTamperedException("header.contentType malformed");
    }
    return s;
  }

  private static String amends(String s) throws NoteTamperedException {
    if (!s.isEmpty() && (Encoding.unb64(s).map(b -> b.length != 32).orElse(true))) {
      throw new NoteTamperedException("header.amends malformed");
    }
    return s;
  }

  /**
   * The canonical envelope bytes, as stored and sent.
   *
   * @return a copy
   */
  public byte[] toByteArray() {
    return bytes.clone();
  }

  /**
   * The note hash: base64url of SHA-256 over the author-signed part (header, ciphertext, author's
   * wrappers). Stable when readers are added; what an addendum's {@code amends} names.
   *
   * @return 43 base64url characters
   */
  public String hash() {
    return Encoding.b64(Encoding.sha256(signedBytes));
  }

  /**
   * The claimed note id.
   *
   * @return never {@code null}
   */
  public NoteId noteId() {
    return header.noteId();
  }

  /**
   * The claimed version.
   *
   * @return at least 1
   */
  public int version() {
    return header.version();
  }

  /**
   * The claimed participant.
   *
   * @return never {@code null}
   */
  public ParticipantId participantId() {
    return header.participantId();
  }

  /**
   * The claimed author.
   *
   * @return never {@code null}
   */
  public Principal author() {
    return header.author();
  }

  /**
   * The claimed creation time.
   *
   * @return never {@code null}
   */
  public Instant created() {
    return header.created();
  }

  /**
   * The hash of the note this one amends, if it is an addendum.
   *
   * @return the base64url hash, or empty
   */
  public Optional<String> amends() {
    return header.amends().isEmpty() ? Optional.empty() : Optional.of(header.amends());
  }

  /**
   * Everyone a wrapper is addressed to (author's wrappers and added ones).
   *
   * @return sorted principals
   */
  public Set<Principal> readers() {
    Set<Principal> out = new TreeSet<>();
    wrappers.forEach(w -> out.add(w.to()));
    added.forEach(w -> out.add(w.to()));
    return out;
  }

  Header header() {
    return header;
  }

  /** The canonical bytes of the author-signed part (S in the spec). Not a copy: do not modify. */
  byte[] signedBytes() {
    return signedBytes;
  }

  /** The canonical bytes of the header (H in the spec). Not a copy: do not modify. */
  byte[] headerBytes() {
    return headerBytes;
  }

  String ciphertext() {
    return ciphertext;
  }

  List<Wrapper> wrappers() {
    return wrappers;
  }

  List<Wrapper> added() {
    return added;
  }

  String signature() {
    return signature;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SealedNote s && java.util.Arrays.equals(bytes, s.bytes);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "SealedNote[noteId="
        + header.noteId()
        + ", version="
        + header.version()
        + ", participantId="
        + header.participantId()
        + ", author="
        + header.author()
        + ", readers="
        + readers()
        + "]";
  }
}
