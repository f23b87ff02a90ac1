package org.openiop.crypto.messaging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.openiop.crypto.internal.CanonicalJson;
import org.openiop.crypto.internal.MalformedJsonException;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.messaging.MessageRejectedException.Reason;

/**
 * The wire format of messaging records: canonical JSON in the dialect of the sealed-note envelope
 * (no whitespace, fixed member order, base64url without padding), so that bytes are unique and
 * parsing is strict.
 *
 * <p>Message: {@code {"v":1,"thread":..,"epoch":n,"sender":..,"senderKid":..,"seq":n,"sent":..,
 * "ct":..,"sig":..}}. Epoch: {@code {"v":1,"thread":..,"epoch":n,"prev":..,"by":..,"byKid":..,
 * "members":[..],"wrappers":[{"to":..,"kid":..,"enc":..}],"sig":..}}. Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MessageCodec {
  /** Largest record accepted, 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private MessageCodec() {}

  /**
   * Encodes a message.
   *
   * @param m the message; never {@code null}
   * @return canonical bytes
   */
  public static byte[] encode(EncryptedMessage m) {
    Objects.requireNonNull(m, "m == null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("v", 1L);
    o.put("thread", m.threadId().value());
    o.put("epoch", m.epoch());
    o.put("sender", m.sender().text());
    o.put("senderKid", m.senderKeyId());
    o.put("seq", m.sequence());
    o.put("sent", m.sentAt().toString());
    o.put("ct", m.ciphertext());
    o.put("sig", m.signature());
    return CanonicalJson.write(o);
  }

  /**
   * Decodes a message (format only; {@link MessagingService#receive} authenticates it).
   *
   * @param bytes the encoding; never {@code null}
   * @return the message
   * @throws MessageRejectedException if the bytes are not a canonical version-1 message
   */
  public static EncryptedMessage decodeMessage(byte[] bytes) throws MessageRejectedException {
    try {
      Map<String, Object> o =
          CanonicalJson.object(
              parse(bytes),
              "v",
              "thread",
              "epoch",
              "sender",
              "senderKid",
              "seq",
              "sent",
              "ct",
              "sig");
      checkVersion(o);
      EncryptedMessage m =
          new EncryptedMessage(
              ThreadId.of(CanonicalJson.string(o, "thread")),
              CanonicalJson.number(o, "epoch"),
              principal(CanonicalJson.string(o, "sender")),
              CanonicalJson.string(o, "senderKid"),
              CanonicalJson.number(o, "seq"),
              Instant.parse(CanonicalJson.string(o, "sent")),
              CanonicalJson.string(o, "ct"),
              CanonicalJson.string(o, "sig"));
      return requireCanonical(bytes, encode(m), m);
    } catch (MalformedJsonException | IllegalArgumentException | DateTimeParseException e) {
      throw new MessageRejectedException(Reason.TAMPERED, "message is not canonical v1", e);
    }
  }

  /**
   * Encodes an epoch record.
   *
   * @param r the record; never {@code null}
   * @return canonical bytes
   */
  public static byte[] encode(EpochRecord r) {
    Objects.requireNonNull(r, "r == null");
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("v", 1L);
    o.put("thread", r.threadId().value());
    o.put("epoch", r.epoch());
    o.put("prev", r.previousHash());
    o.put("by", r.startedBy().text());
    o.put("byKid", r.startedByKeyId());
    o.put("members", r.members().stream().map(Principal::text).toList());
    List<Object> w = new ArrayList<>();
    for (EpochRecord.Wrapper x : r.wrappers()) {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("to", x.to().text());
      wm.put("kid", x.keyId());
      wm.put("enc", x.enc());
      w.add(wm);
    }
    o.put("wrappers", w);
    o.put("sig", r.signature());
    return CanonicalJson.write(o);
  }

  /**
   * Decodes an epoch record (format only; {@link MessagingService#openEpoch} verifies it).
   *
   * @param bytes the encoding; never {@code null}
   * @return the record
   * @throws MessageRejectedException if the bytes are not a canonical version-1 epoch record
   */
  public static EpochRecord decodeEpoch(byte[] bytes) throws MessageRejectedException {
    try {
      Map<String, Object> o =
          CanonicalJson.object(
              parse(bytes),
              "v",
              "thread",
              "epoch",
              "prev",
              "by",
              "byKid",
              "members",
              "wrappers",
              "sig");
      checkVersion(o);
      TreeSet<Principal> members = new TreeSet<>();
      if (!(o.get("members") instanceof List<?> ms) || !(o.get("wrappers") instanceof List<?> ws)) {
        throw new MalformedJsonException("members and wrappers must be arrays");
      }
      if (ms.size() > MessagingService.MAX_MEMBERS || ws.size() > MessagingService.MAX_MEMBERS) {
        throw new MalformedJsonException("too many members");
      }
      for (Object m : ms) {
        if (!(m instanceof String s)) {
          throw new MalformedJsonException("member must be a string");
        }
        members.add(principal(s));
      }
      List<EpochRecord.Wrapper> wrappers = new ArrayList<>();
      for (Object w : ws) {
        Map<String, Object> wm = CanonicalJson.object(w, "to", "kid", "enc");
        wrappers.add(
            new EpochRecord.Wrapper(
                principal(CanonicalJson.string(wm, "to")),
                CanonicalJson.string(wm, "kid"),
                CanonicalJson.string(wm, "enc")));
      }
      EpochRecord r =
          new EpochRecord(
              ThreadId.of(CanonicalJson.string(o, "thread")),
              CanonicalJson.number(o, "epoch"),
              CanonicalJson.string(o, "prev"),
              principal(CanonicalJson.string(o, "by")),
              CanonicalJson.string(o, "byKid"),
              members,
              wrappers,
              CanonicalJson.string(o, "sig"));
      return requireCanonical(bytes, encode(r), r);
    } catch (MalformedJsonException | IllegalArgumentException e) {
      throw new MessageRejectedException(Reason.TAMPERED, "epoch record is not canonical v1", e);
    }
  }

  private static Object parse(byte[] bytes) throws MalformedJsonException {
    Objects.requireNonNull(bytes, "bytes == null");
    if (bytes.length > MAX_BYTES) {
      throw new MalformedJsonException("larger than 1 MiB");
    }
    return CanonicalJson.parse(bytes);
  }

  private static void checkVersion(Map<String, Object> o) throws MalformedJsonException {
    if (CanonicalJson.number(o, "v") != 1) {
      throw new MalformedJsonException("version is not 1");
    }
  }

  private static Principal principal(String s) throws MalformedJsonException {
    return Principal.tryParse(s).orElseThrow(() -> new MalformedJsonException("bad principal"));
  }

  private static <T> T requireCanonical(byte[] input, byte[] reencoded, T value)
      throws MalformedJsonException {
    if (!Arrays.equals(input, reencoded)) {
      throw new MalformedJsonException("not in canonical form");
    }
    return value;
  }
}
