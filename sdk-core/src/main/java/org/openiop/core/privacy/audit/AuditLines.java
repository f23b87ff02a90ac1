package org.openiop.core.privacy.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ParticipantId;

/**
 * The line format of {@link FileAuditSink}: one flat JSON object per line whose last member is the
 * SHA-256 of everything before it. Not API; specified in {@code docs/privacy-and-audit.md}.
 *
 * <p>Every value is a code, an id, a number, an ISO-8601 instant, hex or base64, so no value ever
 * needs escaping; the parser rejects escapes and anything else it does not expect.
 */
final class AuditLines {
  static final int VERSION = 1;
  static final String ZERO_HASH = "0".repeat(64);

  /** {@code ,"hash":"} + 64 hex + {@code "}}. */
  static final int SUFFIX_LENGTH = 9 + 64 + 2;

  static final byte[] SUFFIX_START = ",\"hash\":\"".getBytes(StandardCharsets.US_ASCII);
  static final char[] HEX = "0123456789abcdef".toCharArray();

  private AuditLines() {}

  /** The event's members, rendered outside the sink's lock; {@link #chained} completes them. */
  static String eventPart(AuditEvent e) {
    StringBuilder sb = new StringBuilder(320);
    sb.append("{\"v\":").append(VERSION);
    str(sb, "time", e.time().toString());
    str(sb, "type", e.eventType());
    str(sb, "action", e.action().fhirCode());
    str(sb, "actor", e.actorId());
    str(sb, "role", e.actorRole());
    str(sb, "rtype", e.resourceType());
    str(sb, "rid", e.resourceId());
    ParticipantId pid = e.participantId();
    str(sb, "pid", pid == null ? null : pid.value());
    str(sb, "outcome", e.outcome().fhirCode());
    str(sb, "reason", e.reason());
    str(sb, "purpose", e.purpose().code());
    sb.append(",\"bg\":").append(e.breakGlass());
    str(sb, "req", e.requestId());
    return sb.toString();
  }

  /** A body: the members, then the sequence number and the previous entry's hash, always last. */
  static String chained(String part, long seq, String prev) {
    return part + ",\"seq\":" + seq + ",\"prev\":\"" + prev + "\"";
  }

  static String checkpointBody(
      long seq, Instant time, String alg, String keyId, String signatureBase64, String prev) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"v\":").append(VERSION);
    str(sb, "time", time.toString());
    str(sb, "type", "checkpoint");
    str(sb, "alg", alg);
    str(sb, "kid", keyId);
    str(sb, "sig", signatureBase64);
    return chained(sb.toString(), seq, prev);
  }

  static String recoveryBody(
      long seq, Instant time, long tornBytes, String tornSha256, String prev) {
    StringBuilder sb = new StringBuilder(256);
    sb.append("{\"v\":").append(VERSION);
    str(sb, "time", time.toString());
    str(sb, "type", "recovery");
    sb.append(",\"tornBytes\":").append(tornBytes);
    str(sb, "tornSha256", tornSha256);
    return chained(sb.toString(), seq, prev);
  }

  /** The bytes a checkpoint signs: a domain label, the checkpoint's number, time and chain head. */
  static byte[] checkpointMessage(long seq, String time, String prev) {
    return ("openiop-audit-checkpoint-v1\n" + seq + "\n" + time + "\n" + prev)
        .getBytes(StandardCharsets.UTF_8);
  }

  private static void str(StringBuilder sb, String key, @Nullable String value) {
    sb.append(",\"").append(key).append("\":");
    if (value == null) {
      sb.append("null");
    } else {
      sb.append('"').append(value).append('"');
    }
  }

  /** The full line (with line end) for a body, given a digest to hash it with. */
  static byte[] line(String body, MessageDigest sha256, String[] hashOut) {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    byte[] hash = sha256.digest(b);
    String hex = hex(hash);
    hashOut[0] = hex;
    byte[] out = Arrays.copyOf(b, b.length + SUFFIX_LENGTH + 1);
    int p = b.length;
    System.arraycopy(SUFFIX_START, 0, out, p, SUFFIX_START.length);
    p += SUFFIX_START.length;
    for (int i = 0; i < 64; i++) {
      out[p++] = (byte) hex.charAt(i);
    }
    out[p++] = '"';
    out[p++] = '}';
    out[p] = '\n';
    return out;
  }

  static String hex(byte[] bytes) {
    char[] c = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      c[2 * i] = HEX[(bytes[i] >> 4) & 15];
      c[2 * i + 1] = HEX[bytes[i] & 15];
    }
    return new String(c);
  }

  /** Whether a line (without its line end) has the hash suffix; returns the body length, or -1. */
  static int bodyLength(byte[] line, int length) {
    int bodyLength = length - SUFFIX_LENGTH;
    if (bodyLength < 2 || line[length - 1] != '}' || line[length - 2] != '"') {
      return -1;
    }
    for (int i = 0; i < SUFFIX_START.length; i++) {
      if (line[bodyLength + i] != SUFFIX_START[i]) {
        return -1;
      }
    }
    for (int i = bodyLength + SUFFIX_START.length; i < length - 2; i++) {
      byte c = line[i];
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return -1;
      }
    }
    return bodyLength;
  }

  /** Whether the SHA-256 of the body equals the hex hash in the suffix. */
  static boolean hashMatches(byte[] line, int bodyLength, MessageDigest sha256) {
    sha256.update(line, 0, bodyLength);
    byte[] hash = sha256.digest();
    int p = bodyLength + SUFFIX_START.length;
    for (int i = 0; i < 32; i++) {
      int hi = HEX[(hash[i] >> 4) & 15];
      int lo = HEX[hash[i] & 15];
      if (line[p + 2 * i] != hi || line[p + 2 * i + 1] != lo) {
        return false;
      }
    }
    return true;
  }

  static String storedHash(byte[] line, int bodyLength) {
    int p = bodyLength + SUFFIX_START.length;
    return new String(line, p, 64, StandardCharsets.US_ASCII);
  }

  /**
   * Parses a body (a flat JSON object without its closing brace) into its members; values are the
   * string contents, the literal text of numbers and booleans, or {@code null}.
   *
   * @throws IllegalArgumentException if the body is not in the expected shape
   */
  static Map<String, @Nullable String> parseBody(byte[] line, int bodyLength) {
    String s = new String(line, 0, bodyLength, StandardCharsets.UTF_8);
    Map<String, @Nullable String> out = new HashMap<>();
    int i = 0;
    int n = s.length();
    if (n == 0 || s.charAt(0) != '{') {
      throw new IllegalArgumentException("no object start");
    }
    i = 1;
    while (true) {
      if (i >= n || s.charAt(i) != '"') {
        throw new IllegalArgumentException("expected key");
      }
      int keyEnd = s.indexOf('"', i + 1);
      if (keyEnd < 0 || i + 1 == keyEnd) {
        throw new IllegalArgumentException("bad key");
      }
      String key = s.substring(i + 1, keyEnd);
      i = keyEnd + 1;
      if (i >= n || s.charAt(i) != ':') {
        throw new IllegalArgumentException("expected colon");
      }
      i++;
      String value;
      int end;
      if (i < n && s.charAt(i) == '"') {
        end = s.indexOf('"', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated string");
        }
        value = s.substring(i + 1, end);
        if (value.indexOf('\\') >= 0) {
          throw new IllegalArgumentException("escapes are not used");
        }
        end++;
      } else {
        end = i;
        while (end < n && s.charAt(end) != ',') {
          end++;
        }
        String literal = s.substring(i, end);
        if (literal.equals("null")) {
          value = null;
        } else if (literal.equals("true")
            || literal.equals("false")
            || literal.matches("-?[0-9]{1,19}")) {
          value = literal;
        } else {
          throw new IllegalArgumentException("bad literal");
        }
      }
      if (out.containsKey(key)) {
        throw new IllegalArgumentException("duplicate key");
      }
      out.put(key, value);
      i = end;
      if (i == n) {
        return out;
      }
      if (s.charAt(i) != ',') {
        throw new IllegalArgumentException("expected comma");
      }
      i++;
    }
  }

  static final byte[] SEQ_KEY = ",\"seq\":".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PREV_KEY = ",\"prev\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CHECKPOINT =
      "\"type\":\"checkpoint\"".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RECOVERY =
      "\"type\":\"recovery\"".getBytes(StandardCharsets.US_ASCII);

  /**
   * Reads the sequence number from the fixed tail of a body ({@code ,"seq":N,"prev":"<64 hex>"}),
   * or returns -1 if the tail is not in that shape. The previous hash is the 64 characters before
   * the body's last byte.
   */
  static long tailSeq(byte[] line, int bodyLength) {
    int prevStart = bodyLength - 1 - 64 - PREV_KEY.length;
    if (prevStart < 1 || line[bodyLength - 1] != '"' || !at(line, prevStart, PREV_KEY)) {
      return -1;
    }
    int p = prevStart - 1;
    long seq = 0;
    long scale = 1;
    int digits = 0;
    while (p >= 0 && line[p] >= '0' && line[p] <= '9' && digits < 18) {
      seq += (line[p] - '0') * scale;
      scale *= 10;
      digits++;
      p--;
    }
    if (digits == 0 || p + 1 < SEQ_KEY.length || !at(line, p + 1 - SEQ_KEY.length, SEQ_KEY)) {
      return -1;
    }
    return seq;
  }

  /** Whether the previous hash recorded in a body equals the given hex hash. */
  static boolean prevEquals(byte[] line, int bodyLength, String hex) {
    int start = bodyLength - 1 - 64;
    for (int i = 0; i < 64; i++) {
      if (line[start + i] != hex.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** 'c' for a checkpoint, 'r' for a recovery entry, 'e' for an event. */
  static char kind(byte[] line, int bodyLength) {
    if (contains(line, bodyLength, CHECKPOINT)) {
      return 'c';
    }
    return contains(line, bodyLength, RECOVERY) ? 'r' : 'e';
  }

  private static boolean contains(byte[] line, int length, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (line[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean at(byte[] line, int offset, byte[] expected) {
    for (int i = 0; i < expected.length; i++) {
      if (line[offset + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  static String required(Map<String, @Nullable String> m, String key) {
    String v = m.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing member");
    }
    return v;
  }

  static long seq(Map<String, @Nullable String> m) {
    String v = required(m, "seq");
    long seq = Long.parseLong(v);
    if (seq < 1) {
      throw new IllegalArgumentException("seq < 1");
    }
    return seq;
  }

  static AuditEvent toEvent(Map<String, @Nullable String> m) {
    String pid = m.get("pid");
    return new AuditEvent(
        Instant.parse(required(m, "time")),
        required(m, "type"),
        AuditAction.fromFhirCode(required(m, "action")),
        required(m, "actor"),
        required(m, "role"),
        required(m, "rtype"),
        m.get("rid"),
        pid == null ? null : ParticipantId.of(pid),
        AuditOutcome.fromFhirCode(required(m, "outcome")),
        required(m, "reason"),
        PurposeOfUse.fromCode(required(m, "purpose")),
        Boolean.parseBoolean(required(m, "bg")),
        m.get("req"));
  }
}
