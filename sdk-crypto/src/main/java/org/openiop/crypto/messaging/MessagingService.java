package org.openiop.crypto.messaging;

import static org.openiop.crypto.internal.Encoding.ascii;
import static org.openiop.crypto.internal.Encoding.concat;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.internal.CanonicalJson;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.TinkPrimitives;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.keys.UntrustedKeyException;
import org.openiop.crypto.keys.VerifiedBundle;
import org.openiop.crypto.messaging.MessageRejectedException.Reason;

/**
 * End-to-end encrypted threads: participant-therapist (two members) and group chats.
 *
 * <p>A thread is a chain of {@link EpochRecord}s. Each epoch has a fresh 256-bit key wrapped with
 * HPKE to each member's attested key and is signed by the member who started it; changing
 * membership starts a new epoch, so a removed member cannot read later messages and a new member
 * cannot read earlier ones. Messages are AES-256-GCM under the epoch key with the thread, epoch,
 * sender, sender's kid, sequence number and time bound into the AAD, and are signed by the sender
 * with Ed25519; a {@link ReplayGuard} refuses replayed and reordered sequence numbers. Epochs are
 * hash-chained, so a server cannot splice epochs of different histories.
 *
 * <p>Compared with MLS (RFC 9420) this gives no forward secrecy within an epoch and costs one HPKE
 * wrap per member per membership change; it suits therapy groups of tens, not thousands. Immutable
 * and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MessagingService {
  private static final byte[] ZERO = {0};
  private static final byte[] EPOCH_SIG = ascii("openiop-epoch-v1 sig");
  private static final byte[] EPOCH_WRAP = ascii("openiop-epoch-v1 wrap");
  private static final byte[] MSG_SIG = ascii("openiop-msg-v1 sig");
  private static final byte[] MSG_BODY = ascii("openiop-msg-v1 body");

  /** Most members per thread. */
  public static final int MAX_MEMBERS = 256;

  private final TrustedDirectory directory;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * Creates the service.
   *
   * @param directory where members' attested keys come from; never {@code null}
   * @param clock the time source for message times; never {@code null}
   */
  public MessagingService(TrustedDirectory directory, Clock clock) {
    this.directory = Objects.requireNonNull(directory, "directory == null");
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  /**
   * Starts a thread (epoch 0). The creator is always a member.
   *
   * @param threadId the thread; never {@code null}
   * @param creator who starts it; never {@code null}
   * @param members the other members; never {@code null}
   * @return the first epoch
   * @throws UntrustedKeyException if a member has no attested, unrevoked key
   * @throws GeneralSecurityException if encryption or signing fails
   */
  public EpochRecord startThread(ThreadId threadId, Identity creator, Set<Principal> members)
      throws GeneralSecurityException {
    Objects.requireNonNull(threadId, "threadId == null");
    Objects.requireNonNull(creator, "creator == null");
    Objects.requireNonNull(members, "members == null");
    return newEpoch(threadId, 0, "", creator, members);
  }

  /**
   * Changes membership: starts the next epoch with a fresh key for exactly the new members. The
   * actor must be a member of the current epoch (the host decides who may add or remove).
   *
   * @param current the current epoch; never {@code null}
   * @param actor a current member; never {@code null}
   * @param members the new member set (the actor is kept); never {@code null}
   * @return the next epoch
   * @throws MessageRejectedException if the actor is not a member or {@code current} does not
   *     verify
   * @throws GeneralSecurityException as for {@link #startThread}
   */
  public EpochRecord changeMembers(EpochRecord current, Identity actor, Set<Principal> members)
      throws GeneralSecurityException {
    Objects.requireNonNull(current, "current == null");
    Objects.requireNonNull(actor, "actor == null");
    Objects.requireNonNull(members, "members == null");
    verifyEpoch(current);
    if (!current.hasMember(actor.principal())) {
      throw new MessageRejectedException(
          Reason.NOT_A_MEMBER, actor.principal() + " is not a member of " + current.threadId());
    }
    return newEpoch(
        current.threadId(),
        current.epoch() + 1,
        Encoding.b64(Encoding.sha256(signedBytes(current))),
        actor,
        members);
  }

  /**
   * Verifies an epoch and unwraps its key for a member.
   *
   * @param record the epoch; never {@code null}
   * @param member the member's identity; never {@code null}
   * @return the epoch key
   * @throws MessageRejectedException if the record does not verify or the member has no wrapper
   * @throws UntrustedKeyException if the starter's key is unknown or revoked
   */
  public EpochKey openEpoch(EpochRecord record, Identity member) throws GeneralSecurityException {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(member, "member == null");
    verifyEpoch(record);
    for (EpochRecord.Wrapper w : record.wrappers()) {
      if (w.to().equals(member.principal()) && member.encryptionKeyIds().contains(w.keyId())) {
        byte[] key;
        try {
          key =
              member.hpkeOpen(
                  w.keyId(),
                  Encoding.unb64(w.enc()).orElseThrow(() -> new GeneralSecurityException("b64")),
                  wrapInfo(record, w.to(), w.keyId()));
        } catch (GeneralSecurityException e) {
          throw new MessageRejectedException(
              Reason.TAMPERED, "epoch key wrapper of " + record.threadId() + " does not open", e);
        }
        try {
          return new EpochKey(record, key);
        } finally {
          Arrays.fill(key, (byte) 0);
        }
      }
    }
    throw new MessageRejectedException(
        Reason.NOT_A_MEMBER,
        member.principal()
            + " is not a member of "
            + record.threadId()
            + " epoch "
            + record.epoch());
  }

  /**
   * Encrypts and signs a message.
   *
   * @param key the current epoch key; never {@code null}
   * @param sender a member; never {@code null}
   * @param sequence the sender's next sequence number in this epoch (start at 0)
   * @param body the content; never {@code null}
   * @return the message
   * @throws MessageRejectedException if the sender is not a member of the epoch
   * @throws GeneralSecurityException if encryption or signing fails
   */
  public EncryptedMessage send(EpochKey key, Identity sender, long sequence, byte[] body)
      throws GeneralSecurityException {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(sender, "sender == null");
    Objects.requireNonNull(body, "body == null");
    if (sequence < 0) {
      throw InvalidInputException.of("sequence", "must be at least 0");
    }
    EpochRecord r = key.record();
    if (!r.hasMember(sender.principal())) {
      throw new MessageRejectedException(
          Reason.NOT_A_MEMBER, sender.principal() + " is not a member of " + r.threadId());
    }
    Instant sentAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    byte[] header =
        messageHeader(
            r.threadId(), r.epoch(), sender.principal(), sender.signingKeyId(), sequence, sentAt);
    byte[] ct = TinkPrimitives.aes256Gcm(key.key()).encrypt(body, concat(MSG_BODY, ZERO, header));
    byte[] sig = sender.sign(concat(MSG_SIG, ZERO, header, ZERO, ct));
    return new EncryptedMessage(
        r.threadId(),
        r.epoch(),
        sender.principal(),
        sender.signingKeyId(),
        sequence,
        sentAt,
        Encoding.b64(ct),
        Encoding.b64(sig));
  }

  /**
   * Verifies, decrypts and de-duplicates a message: signature first (against the directory), then
   * the AEAD, then the replay guard.
   *
   * @param key the epoch key the message claims; never {@code null}
   * @param message the message; never {@code null}
   * @param guard this client's replay guard; never {@code null}
   * @return the message
   * @throws MessageRejectedException if it is for another epoch, from a non-member, altered, or a
   *     replay
   * @throws UntrustedKeyException if the sender's key is unknown or revoked
   */
  public ReceivedMessage receive(EpochKey key, EncryptedMessage message, ReplayGuard guard)
      throws GeneralSecurityException {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(message, "message == null");
    Objects.requireNonNull(guard, "guard == null");
    EpochRecord r = key.record();
    if (!message.threadId().equals(r.threadId()) || message.epoch() != r.epoch()) {
      throw new MessageRejectedException(
          Reason.WRONG_EPOCH, "message is not for " + r.threadId() + " epoch " + r.epoch());
    }
    if (!r.hasMember(message.sender())) {
      throw new MessageRejectedException(
          Reason.NOT_A_MEMBER, message.sender() + " is not a member of " + r.threadId());
    }
    if (message.sentAt().getNano() != 0) {
      throw new MessageRejectedException(Reason.TAMPERED, "sentAt not whole seconds");
    }
    byte[] header =
        messageHeader(
            message.threadId(),
            message.epoch(),
            message.sender(),
            message.senderKeyId(),
            message.sequence(),
            message.sentAt());
    byte[] ct = decode(message.ciphertext());
    VerifiedBundle senderKeys = directory.bySigningKey(message.sender(), message.senderKeyId());
    try {
      senderKeys
          .verifier()
          .verify(decode(message.signature()), concat(MSG_SIG, ZERO, header, ZERO, ct));
    } catch (GeneralSecurityException e) {
      throw new MessageRejectedException(
          Reason.TAMPERED, "signature of message from " + message.sender() + " does not verify", e);
    }
    byte[] body;
    try {
      body = TinkPrimitives.aes256Gcm(key.key()).decrypt(ct, concat(MSG_BODY, ZERO, header));
    } catch (GeneralSecurityException e) {
      throw new MessageRejectedException(
          Reason.TAMPERED, "message from " + message.sender() + " does not decrypt", e);
    }
    long before = guard.lastAccepted(r.threadId(), r.epoch(), message.sender());
    if (!guard.accept(r.threadId(), r.epoch(), message.sender(), message.sequence())) {
      throw new MessageRejectedException(
          Reason.REPLAYED,
          "sequence " + message.sequence() + " from " + message.sender() + " already passed");
    }
    return new ReceivedMessage(
        r.threadId(),
        r.epoch(),
        message.sender(),
        message.sequence(),
        message.sentAt(),
        body,
        message.sequence() > before + 1);
  }

  private EpochRecord newEpoch(
      ThreadId threadId, long epoch, String previousHash, Identity starter, Set<Principal> members)
      throws GeneralSecurityException {
    SortedSet<Principal> all = new TreeSet<>(members);
    all.add(starter.principal());
    if (all.size() > MAX_MEMBERS) {
      throw InvalidInputException.of("members", "at most 256 members");
    }
    byte[] key = new byte[32];
    random.nextBytes(key);
    try {
      EpochRecord unsigned =
          new EpochRecord(
              threadId,
              epoch,
              previousHash,
              starter.principal(),
              starter.signingKeyId(),
              all,
              List.of(),
              "");
      List<EpochRecord.Wrapper> wrappers = new ArrayList<>();
      for (Principal p : all) {
        VerifiedBundle vb = directory.current(p);
        String kid = vb.bundle().encryptionKeyId();
        byte[] enc = vb.encrypter().encrypt(key, wrapInfo(unsigned, p, kid));
        wrappers.add(new EpochRecord.Wrapper(p, kid, Encoding.b64(enc)));
      }
      EpochRecord withWrappers =
          new EpochRecord(
              threadId,
              epoch,
              previousHash,
              starter.principal(),
              starter.signingKeyId(),
              all,
              wrappers,
              "");
      byte[] sig = starter.sign(concat(EPOCH_SIG, ZERO, signedBytes(withWrappers)));
      return new EpochRecord(
          threadId,
          epoch,
          previousHash,
          starter.principal(),
          starter.signingKeyId(),
          all,
          wrappers,
          Encoding.b64(sig));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  private void verifyEpoch(EpochRecord r) throws GeneralSecurityException {
    if (!r.hasMember(r.startedBy())) {
      throw new MessageRejectedException(Reason.TAMPERED, "epoch starter is not a member");
    }
    List<Principal> wrapped = r.wrappers().stream().map(EpochRecord.Wrapper::to).toList();
    if (!wrapped.equals(new ArrayList<>(r.members()))) {
      throw new MessageRejectedException(Reason.TAMPERED, "epoch wrappers do not match members");
    }
    VerifiedBundle starter = directory.bySigningKey(r.startedBy(), r.startedByKeyId());
    try {
      starter.verifier().verify(decode(r.signature()), concat(EPOCH_SIG, ZERO, signedBytes(r)));
    } catch (GeneralSecurityException e) {
      throw new MessageRejectedException(
          Reason.TAMPERED, "epoch " + r.epoch() + " of " + r.threadId() + " does not verify", e);
    }
  }

  /**
   * Whether {@code next} directly follows {@code previous} in the same thread (epoch + 1 and the
   * previous-hash link). Call it when accepting a new epoch from the server.
   *
   * @param previous the epoch the client holds; never {@code null}
   * @param next the epoch offered; never {@code null}
   * @return true if chained
   */
  public static boolean follows(EpochRecord previous, EpochRecord next) {
    return next.threadId().equals(previous.threadId())
        && next.epoch() == previous.epoch() + 1
        && next.previousHash().equals(Encoding.b64(Encoding.sha256(signedBytes(previous))));
  }

  private static byte[] signedBytes(EpochRecord r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1L);
    m.put("thread", r.threadId().value());
    m.put("epoch", r.epoch());
    m.put("prev", r.previousHash());
    m.put("by", r.startedBy().text());
    m.put("byKid", r.startedByKeyId());
    m.put("members", r.members().stream().map(Principal::text).toList());
    List<Object> w = new ArrayList<>();
    for (EpochRecord.Wrapper x : r.wrappers()) {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("to", x.to().text());
      wm.put("kid", x.keyId());
      wm.put("enc", x.enc());
      w.add(wm);
    }
    m.put("wrappers", w);
    return CanonicalJson.write(m);
  }

  private static byte[] wrapInfo(EpochRecord r, Principal to, String kid) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("thread", r.threadId().value());
    m.put("epoch", r.epoch());
    m.put("prev", r.previousHash());
    m.put("to", to.text());
    m.put("kid", kid);
    return concat(EPOCH_WRAP, ZERO, CanonicalJson.write(m));
  }

  private static byte[] messageHeader(
      ThreadId thread, long epoch, Principal sender, String senderKid, long seq, Instant sentAt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("v", 1L);
    m.put("thread", thread.value());
    m.put("epoch", epoch);
    m.put("sender", sender.text());
    m.put("senderKid", senderKid);
    m.put("seq", seq);
    m.put("sent", sentAt.toString());
    return CanonicalJson.write(m);
  }

  private static byte[] decode(String b64) throws MessageRejectedException {
    return Encoding.unb64(b64)
        .orElseThrow(() -> new MessageRejectedException(Reason.TAMPERED, "not base64url"));
  }
}
