package org.openiop.crypto.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openiop.core.ClinicianId;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.internal.CanonicalJson;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.UntrustedKeyException;

/** Every field of the envelope, changed, is rejected with a typed exception before decryption. */
class SealedNoteTamperTest {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal CLINICIAN = Principal.of(ClinicianId.of("cli_alice"));
  static final Principal OTHER_CLINICIAN = Principal.of(ClinicianId.of("cli_eve"));
  static final Principal PARTICIPANT = Principal.of(ParticipantId.of("par_bob"));
  static final Principal SUPERVISOR = Principal.of(ClinicianId.of("cli_sup"));
  static final NoteSealer SEALER;
  static final SealedNote NOTE;
  static final SealedNote OTHER_NOTE;
  static final SealedNote WITH_ADDED;
  static final String SIGNATURE_FAILS = "author signature of note not_1 does not verify";

  static {
    for (Principal p : List.of(CLINICIAN, OTHER_CLINICIAN, PARTICIPANT, SUPERVISOR)) {
      F.enroll(p);
    }
    SEALER = NoteSealer.builder(F.trusted).clock(CryptoFixture.CLOCK).build();
    try {
      NOTE =
          SEALER.seal(
              ClinicalNote.text(NoteId.of("not_1"), 1, ParticipantId.of("par_bob"), "body one"),
              F.identity(CLINICIAN),
              List.of(PARTICIPANT));
      OTHER_NOTE =
          SEALER.seal(
              ClinicalNote.text(NoteId.of("not_2"), 1, ParticipantId.of("par_bob"), "body two"),
              F.identity(CLINICIAN),
              List.of(PARTICIPANT));
      WITH_ADDED = SEALER.addReader(NOTE, F.identity(CLINICIAN), SUPERVISOR);
    } catch (GeneralSecurityException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  static Stream<Arguments> headerChanges() {
    return Stream.of(
        Arguments.of("note", "not_9"),
        Arguments.of("ver", 2L),
        Arguments.of("participant", "par_zed"),
        Arguments.of("authorKid", F.identity(CLINICIAN).encryptionKeyId()),
        Arguments.of("created", "2026-11-26T20:00:01Z"),
        Arguments.of("contentType", "text/html"),
        Arguments.of("amends", OTHER_NOTE.hash()));
  }

  @ParameterizedTest(name = "header.{0}")
  @MethodSource("headerChanges")
  void changingAHeaderFieldBreaksTheAuthorSignature(String field, Object value) throws Exception {
    byte[] bad = mutate(NOTE, m -> header(m).put(field, value));
    assertRejected(
        bad, field.equals("authorKid") ? UntrustedKeyException.class : NoteTamperedException.class);
  }

  @Test
  void claimingAnotherAuthorFailsTheSignatureCheck() throws Exception {
    byte[] bad =
        mutate(
            NOTE,
            m -> {
              header(m).put("author", OTHER_CLINICIAN.text());
              header(m).put("authorKid", F.identity(OTHER_CLINICIAN).signingKeyId());
            });
    assertThatThrownBy(() -> SEALER.open(SealedNote.parse(bad), F.identity(PARTICIPANT)))
        .isInstanceOf(NoteTamperedException.class)
        .hasMessage(SIGNATURE_FAILS);
  }

  @Test
  void downgradingOrUpgradingTheVersionIsUnsupported() {
    for (long v : new long[] {0, 2}) {
      byte[] bad = mutate(NOTE, m -> header(m).put("v", v));
      assertThatThrownBy(() -> SealedNote.parse(bad))
          .isInstanceOf(UnsupportedEnvelopeException.class)
          .hasMessage("envelope version is not 1");
    }
    byte[] suite = mutate(NOTE, m -> header(m).put("suite", "HPKE-P256/A128GCM/ES256"));
    assertThatThrownBy(() -> SealedNote.parse(suite))
        .isInstanceOf(UnsupportedEnvelopeException.class);
  }

  @Test
  void flippingACiphertextBitBreaksTheSignature() throws Exception {
    assertRejected(
        mutate(NOTE, m -> m.put("ct", flip((String) m.get("ct"), 20))),
        NoteTamperedException.class);
  }

  @Test
  void changingAnyWrapperFieldBreaksTheSignature() throws Exception {
    int n = wrappers(NOTE).size();
    for (int i = 0; i < n; i++) {
      int idx = i;
      assertRejected(
          mutate(
              NOTE, m -> wrapper(m, idx).put("enc", flip((String) wrapper(m, idx).get("enc"), 40))),
          NoteTamperedException.class);
      assertRejected(
          mutate(NOTE, m -> wrapper(m, idx).put("kid", "0000abcd")), NoteTamperedException.class);
    }
    assertRejected(
        mutate(NOTE, m -> wrapper(m, 1).put("to", "participant:par_bob2")),
        NoteTamperedException.class);
  }

  @Test
  void droppingOrAddingAWrapperBreaksTheSignature() throws Exception {
    assertRejected(mutate(NOTE, m -> list(m, "wrappers").remove(0)), NoteTamperedException.class);
  }

  @Test
  void flippingASignatureBitIsRejected() throws Exception {
    assertRejected(
        mutate(NOTE, m -> m.put("sig", flip((String) m.get("sig"), 5))),
        NoteTamperedException.class);
  }

  @Test
  void wrappersSwappedInFromAnotherNoteAreRejected() throws Exception {
    byte[] bad = mutate(NOTE, m -> m.put("wrappers", parse(OTHER_NOTE).get("wrappers")));
    assertThatThrownBy(() -> SEALER.open(SealedNote.parse(bad), F.identity(PARTICIPANT)))
        .isInstanceOf(NoteTamperedException.class)
        .hasMessage(SIGNATURE_FAILS);
  }

  @Test
  void aWrapperReplayedUnderAnotherNoteIdDoesNotEvenDecapsulate() throws Exception {
    // Below the signature: the HPKE info binds the header, so the key cannot be unwrapped.
    Identity reader = F.identity(PARTICIPANT);
    SealedNote.Wrapper w =
        NOTE.wrappers().stream().filter(x -> x.to().equals(PARTICIPANT)).findFirst().orElseThrow();
    byte[] enc = Encoding.unb64(w.enc()).orElseThrow();
    byte[] otherHeader = Encoding.sha256(CanonicalJson.write(OTHER_NOTE.header().toJson()));
    assertThatThrownBy(
            () ->
                reader.hpkeOpen(
                    w.keyId(), enc, NoteSealer.wrapInfo(otherHeader, PARTICIPANT, w.keyId())))
        .isInstanceOf(GeneralSecurityException.class);
    byte[] ownHeader = Encoding.sha256(CanonicalJson.write(NOTE.header().toJson()));
    assertThat(
            reader.hpkeOpen(w.keyId(), enc, NoteSealer.wrapInfo(ownHeader, PARTICIPANT, w.keyId())))
        .hasSize(32);
  }

  @Test
  void tamperingWithAnAddedWrapperIsRejected() throws Exception {
    assertThat(SEALER.open(WITH_ADDED, F.identity(SUPERVISOR)).note().bodyText())
        .isEqualTo("body one");
    for (String field : List.of("enc", "sig")) {
      byte[] bad =
          mutate(
              WITH_ADDED,
              m -> {
                Map<String, Object> a = added(m, 0);
                a.put(field, flip((String) a.get(field), 10));
              });
      assertThatThrownBy(() -> SEALER.open(SealedNote.parse(bad), F.identity(SUPERVISOR)))
          .isInstanceOf(NoteTamperedException.class)
          .hasMessage("added wrapper signature of note not_1 does not verify");
    }
    byte[] byStranger = mutate(WITH_ADDED, m -> added(m, 0).put("by", OTHER_CLINICIAN.text()));
    assertThatThrownBy(() -> SEALER.open(SealedNote.parse(byStranger), F.identity(SUPERVISOR)))
        .isInstanceOf(NoteTamperedException.class)
        .hasMessage("added wrapper of note not_1 granted by a non-reader");
  }

  @Test
  void everyTruncationIsRejectedAtParsing() {
    byte[] full = NOTE.toByteArray();
    for (int len = 0; len < full.length; len++) {
      byte[] cut = java.util.Arrays.copyOf(full, len);
      assertThatThrownBy(() -> SealedNote.parse(cut)).isInstanceOf(SealedNoteException.class);
    }
  }

  @Test
  void nonCanonicalEncodingsAreRejected() {
    String text = new String(NOTE.toByteArray(), StandardCharsets.US_ASCII);
    for (String variant :
        List.of(
            text.replaceFirst("\\{", "{ "),
            text.replaceFirst("\"ver\":1", "\"ver\":01"),
            text + "\n",
            text.substring(0, text.length() - 2) + "==\"}")) {
      assertThatThrownBy(() -> SealedNote.parse(variant.getBytes(StandardCharsets.US_ASCII)))
          .isInstanceOf(NoteTamperedException.class);
    }
    byte[] reordered =
        mutate(
            NOTE,
            m -> {
              Object ct = m.remove("ct");
              m.put("ct", ct);
            });
    assertThatThrownBy(() -> SealedNote.parse(reordered))
        .isInstanceOf(NoteTamperedException.class)
        .hasMessage("envelope members missing, extra or out of order");
  }

  private static void assertRejected(byte[] bad, Class<? extends Exception> type) {
    assertThatThrownBy(() -> SEALER.open(SealedNote.parse(bad), F.identity(PARTICIPANT)))
        .isInstanceOf(type);
  }

  static String flip(String b64, int byteIndex) {
    byte[] b = Encoding.unb64(b64).orElseThrow();
    b[byteIndex % b.length] ^= 1;
    return Encoding.b64(b);
  }

  static Map<String, Object> parse(SealedNote note) {
    try {
      return deepCopy(CanonicalJson.parse(note.toByteArray()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static byte[] mutate(SealedNote note, Consumer<Map<String, Object>> change) {
    Map<String, Object> m = parse(note);
    change.accept(m);
    return CanonicalJson.write(m);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> deepCopy(Object o) {
    Map<String, Object> out = new LinkedHashMap<>();
    ((Map<String, Object>) o).forEach((k, v) -> out.put(k, copyValue(v)));
    return out;
  }

  static Object copyValue(Object v) {
    if (v instanceof Map<?, ?>) {
      return deepCopy(v);
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      l.forEach(x -> out.add(copyValue(x)));
      return out;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> header(Map<String, Object> m) {
    return (Map<String, Object>) m.get("header");
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Map<String, Object> m, String key) {
    return (List<Object>) m.get(key);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> wrapper(Map<String, Object> m, int i) {
    return (Map<String, Object>) list(m, "wrappers").get(i);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> added(Map<String, Object> m, int i) {
    return (Map<String, Object>) list(m, "added").get(i);
  }

  static List<Object> wrappers(SealedNote n) {
    return list(parse(n), "wrappers");
  }
}
