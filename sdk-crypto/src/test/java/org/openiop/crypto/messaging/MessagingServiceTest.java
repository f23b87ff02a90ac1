package org.openiop.crypto.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.CryptoFixture;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.messaging.MessageRejectedException.Reason;

class MessagingServiceTest {
  static final CryptoFixture F = new CryptoFixture();
  static final Principal THERAPIST = Principal.of(ClinicianId.of("cli_t"));
  static final Principal ANN = Principal.of(ParticipantId.of("par_ann"));
  static final Principal BEN = Principal.of(ParticipantId.of("par_ben"));
  static final Principal CAL = Principal.of(ParticipantId.of("par_cal"));

  static {
    for (Principal p : List.of(THERAPIST, ANN, BEN, CAL)) {
      F.enroll(p);
    }
  }

  final MessagingService svc = new MessagingService(F.trusted, CryptoFixture.CLOCK);
  final ThreadId group = ThreadId.of("thr_group");

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  void assertRejected(ThrowingCall call, Reason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOf(MessageRejectedException.class)
        .satisfies(e -> assertThat(((MessageRejectedException) e).reason()).isEqualTo(reason));
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void aOneToOneThreadCarriesSignedMessagesBothWays() throws Exception {
    EpochRecord e0 = svc.startThread(ThreadId.of("thr_1to1"), F.identity(THERAPIST), Set.of(ANN));
    EpochKey tk = svc.openEpoch(e0, F.identity(THERAPIST));
    EpochKey ak = svc.openEpoch(e0, F.identity(ANN));
    ReplayGuard annGuard = new ReplayGuard();
    ReplayGuard therapistGuard = new ReplayGuard();
    EncryptedMessage m = svc.send(tk, F.identity(THERAPIST), 0, utf8("How are you today?"));
    ReceivedMessage got = svc.receive(ak, m, annGuard);
    assertThat(got.bodyText()).isEqualTo("How are you today?");
    assertThat(got.sender()).isEqualTo(THERAPIST);
    assertThat(got.toString()).doesNotContain("today");
    EncryptedMessage reply = svc.send(ak, F.identity(ANN), 0, utf8("Better."));
    assertThat(svc.receive(tk, reply, therapistGuard).bodyText()).isEqualTo("Better.");
  }

  @Test
  void aNonMemberCannotOpenTheEpoch() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    assertRejected(() -> svc.openEpoch(e0, F.identity(CAL)), Reason.NOT_A_MEMBER);
  }

  @Test
  void aRemovedMemberCannotReadLaterMessagesAndANewMemberCannotReadEarlierOnes() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    EpochKey benOld = svc.openEpoch(e0, F.identity(BEN));
    EncryptedMessage early =
        svc.send(svc.openEpoch(e0, F.identity(ANN)), F.identity(ANN), 0, utf8("early"));
    EpochRecord e1 = svc.changeMembers(e0, F.identity(THERAPIST), Set.of(ANN, CAL));
    assertThat(MessagingService.follows(e0, e1)).isTrue();
    assertThat(e1.memberSet()).containsExactlyInAnyOrder(THERAPIST, ANN, CAL);
    assertRejected(() -> svc.openEpoch(e1, F.identity(BEN)), Reason.NOT_A_MEMBER);
    EncryptedMessage later =
        svc.send(svc.openEpoch(e1, F.identity(ANN)), F.identity(ANN), 0, utf8("later"));
    // Ben's old key does not fit the new epoch, even if he relabels the message.
    assertRejected(() -> svc.receive(benOld, later, new ReplayGuard()), Reason.WRONG_EPOCH);
    EncryptedMessage relabeled =
        new EncryptedMessage(
            later.threadId(),
            0,
            later.sender(),
            later.senderKeyId(),
            later.sequence(),
            later.sentAt(),
            later.ciphertext(),
            later.signature());
    assertRejected(() -> svc.receive(benOld, relabeled, new ReplayGuard()), Reason.TAMPERED);
    // Cal joined in epoch 1 and holds no key for epoch 0.
    assertRejected(() -> svc.openEpoch(e0, F.identity(CAL)), Reason.NOT_A_MEMBER);
    assertThat(svc.receive(benOld, early, new ReplayGuard()).bodyText()).isEqualTo("early");
  }

  @Test
  void replayedAndReorderedMessagesAreRefused() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    EpochKey ak = svc.openEpoch(e0, F.identity(ANN));
    EpochKey bk = svc.openEpoch(e0, F.identity(BEN));
    EncryptedMessage m0 = svc.send(ak, F.identity(ANN), 0, utf8("zero"));
    EncryptedMessage m1 = svc.send(ak, F.identity(ANN), 1, utf8("one"));
    EncryptedMessage m3 = svc.send(ak, F.identity(ANN), 3, utf8("three"));
    ReplayGuard guard = new ReplayGuard();
    assertThat(svc.receive(bk, m0, guard).gapBefore()).isFalse();
    assertThat(svc.receive(bk, m1, guard).gapBefore()).isFalse();
    assertRejected(() -> svc.receive(bk, m1, guard), Reason.REPLAYED);
    assertThat(svc.receive(bk, m3, guard).gapBefore()).isTrue();
    assertRejected(() -> svc.receive(bk, m0, guard), Reason.REPLAYED);
    assertThat(guard.lastAccepted(group, 0, ANN)).isEqualTo(3);
  }

  @Test
  void changingTheSequenceNumberOrSenderBreaksTheMessage() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    EpochKey ak = svc.openEpoch(e0, F.identity(ANN));
    EpochKey bk = svc.openEpoch(e0, F.identity(BEN));
    EncryptedMessage m = svc.send(ak, F.identity(ANN), 5, utf8("hi"));
    EncryptedMessage renumbered =
        new EncryptedMessage(
            m.threadId(),
            m.epoch(),
            m.sender(),
            m.senderKeyId(),
            9,
            m.sentAt(),
            m.ciphertext(),
            m.signature());
    assertRejected(() -> svc.receive(bk, renumbered, new ReplayGuard()), Reason.TAMPERED);
    EncryptedMessage spoofed =
        new EncryptedMessage(
            m.threadId(),
            m.epoch(),
            BEN,
            F.identity(BEN).signingKeyId(),
            m.sequence(),
            m.sentAt(),
            m.ciphertext(),
            m.signature());
    assertRejected(() -> svc.receive(bk, spoofed, new ReplayGuard()), Reason.TAMPERED);
    byte[] ct = Encoding.unb64(m.ciphertext()).orElseThrow();
    ct[ct.length - 1] ^= 1;
    EncryptedMessage flipped =
        new EncryptedMessage(
            m.threadId(),
            m.epoch(),
            m.sender(),
            m.senderKeyId(),
            m.sequence(),
            m.sentAt(),
            Encoding.b64(ct),
            m.signature());
    assertRejected(() -> svc.receive(bk, flipped, new ReplayGuard()), Reason.TAMPERED);
    ReplayGuard g = new ReplayGuard();
    assertRejected(() -> svc.receive(bk, renumbered, g), Reason.TAMPERED);
    // A forged message must not burn the real sequence number.
    assertThat(svc.receive(bk, m, g).sequence()).isEqualTo(5);
  }

  @Test
  void aMemberCannotSignAsAnotherMemberEvenWithTheEpochKey() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    EpochKey bk = svc.openEpoch(e0, F.identity(BEN));
    EncryptedMessage byBen = svc.send(bk, F.identity(BEN), 0, utf8("I am the therapist"));
    EncryptedMessage claimed =
        new EncryptedMessage(
            byBen.threadId(),
            byBen.epoch(),
            THERAPIST,
            F.identity(THERAPIST).signingKeyId(),
            byBen.sequence(),
            byBen.sentAt(),
            byBen.ciphertext(),
            byBen.signature());
    assertRejected(
        () -> svc.receive(svc.openEpoch(e0, F.identity(ANN)), claimed, new ReplayGuard()),
        Reason.TAMPERED);
  }

  @Test
  void aTamperedEpochRecordIsRefused() throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN, BEN));
    EpochRecord swapped =
        new EpochRecord(
            e0.threadId(),
            e0.epoch(),
            e0.previousHash(),
            e0.startedBy(),
            e0.startedByKeyId(),
            e0.members(),
            List.of(e0.wrappers().get(1), e0.wrappers().get(0), e0.wrappers().get(2)),
            e0.signature());
    assertRejected(() -> svc.openEpoch(swapped, F.identity(ANN)), Reason.TAMPERED);
    assertRejected(() -> svc.changeMembers(e0, F.identity(CAL), Set.of(CAL)), Reason.NOT_A_MEMBER);
  }

  @Property(tries = 25)
  void anyBodyRoundTrips(@ForAll @Size(max = 2000) byte[] body) throws Exception {
    EpochRecord e0 = svc.startThread(group, F.identity(THERAPIST), Set.of(ANN));
    EncryptedMessage m =
        svc.send(svc.openEpoch(e0, F.identity(THERAPIST)), F.identity(THERAPIST), 0, body);
    assertThat(svc.receive(svc.openEpoch(e0, F.identity(ANN)), m, new ReplayGuard()).body())
        .isEqualTo(body);
  }
}
