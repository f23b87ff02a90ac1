package org.openiop.crypto.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.keys.Principal;

class MessageCodecProperties {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal T = Principal.of(ClinicianId.of("cli_t"));
  static final Principal A = Principal.of(ParticipantId.of("par_a"));
  static final Principal B = Principal.of(ParticipantId.of("par_b"));
  static final MessagingService SVC;
  static final EpochRecord EPOCH;
  static final EpochKey KEY_T;

  static {
    for (Principal p : List.of(T, A, B)) {
      F.enroll(p);
    }
    SVC = new MessagingService(F.trusted, CryptoFixture.CLOCK);
    try {
      EPOCH = SVC.startThread(ThreadId.of("thr_codec"), F.identity(T), Set.of(A, B));
      KEY_T = SVC.openEpoch(EPOCH, F.identity(T));
    } catch (Exception e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Property(tries = 40)
  void messagesRoundTripThroughTheWireFormatAndStillVerify(
      @ForAll @Size(max = 500) byte[] body, @ForAll @LongRange(min = 0, max = 1L << 40) long seq)
      throws Exception {
    EncryptedMessage m = SVC.send(KEY_T, F.identity(T), seq, body);
    byte[] wire = MessageCodec.encode(m);
    EncryptedMessage back = MessageCodec.decodeMessage(wire);
    assertThat(back).isEqualTo(m);
    EpochKey keyA =
        SVC.openEpoch(MessageCodec.decodeEpoch(MessageCodec.encode(EPOCH)), F.identity(A));
    assertThat(SVC.receive(keyA, back, new ReplayGuard()).body()).isEqualTo(body);
  }

  @Property(tries = 200)
  void anySingleByteChangeOfAMessageIsRefused(
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll @IntRange(min = 1, max = 255) int delta)
      throws Exception {
    EncryptedMessage m =
        SVC.send(KEY_T, F.identity(T), 1, "hello".getBytes(StandardCharsets.UTF_8));
    byte[] wire = MessageCodec.encode(m);
    wire[position % wire.length] += (byte) delta;
    EpochKey keyA = SVC.openEpoch(EPOCH, F.identity(A));
    assertThatThrownBy(() -> SVC.receive(keyA, MessageCodec.decodeMessage(wire), new ReplayGuard()))
        .isInstanceOfAny(
            MessageRejectedException.class, org.openiop.crypto.keys.UntrustedKeyException.class);
  }

  @Property(tries = 10)
  void epochRecordsRoundTrip(@ForAll @IntRange(min = 0, max = 1) int removeB) throws Exception {
    EpochRecord next =
        SVC.changeMembers(EPOCH, F.identity(T), removeB == 1 ? Set.of(A) : Set.of(A, B));
    EpochRecord back = MessageCodec.decodeEpoch(MessageCodec.encode(next));
    assertThat(back).isEqualTo(next);
    assertThat(MessagingService.follows(EPOCH, back)).isTrue();
    String text = new String(MessageCodec.encode(next), StandardCharsets.US_ASCII);
    assertThatThrownBy(
            () -> MessageCodec.decodeEpoch((text + " ").getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(MessageRejectedException.class);
  }
}
