package org.openiop.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A deliberately tiny, strict JSON dialect for OpenIOP's own signed formats: objects, arrays,
 * non-negative integers and strings of printable ASCII without {@code "} or {@code \}. No
 * whitespace, no escapes, no floats, no booleans, no nulls. Because every value has exactly one
 * encoding, the bytes a writer produces are canonical and a parser that accepts only this dialect
 * accepts only canonical input (the caller also checks member order).
 *
 * <p>Thread-safe: stateless.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CanonicalJson {
  /** Upper bound on nesting, so hostile input cannot exhaust the stack. */
  private static final int MAX_DEPTH = 8;

  private CanonicalJson() {}

  /**
   * Encodes a value built from {@link Map} (iteration order kept), {@link List}, {@link String} and
   * {@link Long}/{@link Integer}.
   *
   * @param value the value; never {@code null}
   * @return the canonical UTF-8 (in fact ASCII) bytes
   * @throws IllegalArgumentException if a string is outside the dialect or a number is negative
   */
  public static byte[] write(Object value) {
    StringBuilder sb = new StringBuilder();
    writeTo(sb, value);
    return sb.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static void writeTo(StringBuilder sb, Object value) {
    Objects.requireNonNull(value, "value == null");
    if (value instanceof String s) {
      checkString(s);
      sb.append('"').append(s).append('"');
    } else if (value instanceof Long || value instanceof Integer) {
      long n = ((Number) value).longValue();
      if (n < 0) {
        throw new IllegalArgumentException("negative number");
      }
      sb.append(n);
    } else if (value instanceof Map<?, ?> map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        writeTo(sb, e.getKey());
        sb.append(':');
        writeTo(sb, e.getValue());
      }
      sb.append('}');
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        writeTo(sb, list.get(i));
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("unsupported type " + value.getClass().getSimpleName());
    }
  }

  /**
   * Whether a string may appear in the dialect: printable ASCII (0x20-0x7e) except {@code "} and
   * {@code \}.
   *
   * @param s the candidate
   * @return true if allowed
   */
  public static boolean isAllowed(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static void checkString(String s) {
    if (!isAllowed(s)) {
      throw new IllegalArgumentException("string outside the canonical dialect");
    }
  }

  /**
   * Parses bytes of the dialect. Objects come back as unmodifiable insertion-ordered maps, arrays
   * as unmodifiable lists, numbers as {@link Long}.
   *
   * @param bytes the input; never {@code null}
   * @return the value
   * @throws MalformedJsonException if the input is not exactly one value of the dialect
   */
  public static Object parse(byte[] bytes) throws MalformedJsonException {
    Objects.requireNonNull(bytes, "bytes == null");
    Parser p = new Parser(bytes);
    Object v = p.value(0);
    if (p.pos != bytes.length) {
      throw new MalformedJsonException("trailing bytes at offset " + p.pos);
    }
    return v;
  }

  /**
   * Checks that a parsed value is an object with exactly these members in this order.
   *
   * @param value a value from {@link #parse}
   * @param members the member names, in order
   * @return the object
   * @throws MalformedJsonException if it is not such an object
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> object(Object value, String... members)
      throws MalformedJsonException {
    if (!(value instanceof Map<?, ?> m) || !List.copyOf(m.keySet()).equals(List.of(members))) {
      throw new MalformedJsonException("object members missing, extra or out of order");
    }
    return (Map<String, Object>) m;
  }

  /**
   * Reads a string member.
   *
   * @param object the object
   * @param member the member name
   * @return the string
   * @throws MalformedJsonException if absent or not a string
   */
  public static String string(Map<String, Object> object, String member)
      throws MalformedJsonException {
    if (!(object.get(member) instanceof String s)) {
      throw new MalformedJsonException(member + " must be a string");
    }
    return s;
  }

  /**
   * Reads a number member.
   *
   * @param object the object
   * @param member the member name
   * @return the number
   * @throws MalformedJsonException if absent or not a number
   */
  public static long number(Map<String, Object> object, String member)
      throws MalformedJsonException {
    if (!(object.get(member) instanceof Long l)) {
      throw new MalformedJsonException(member + " must be a number");
    }
    return l;
  }

  private static final class Parser {
    private final byte[] in;
    private int pos;

    Parser(byte[] in) {
      this.in = in;
    }

    Object value(int depth) throws MalformedJsonException {
      if (depth > MAX_DEPTH) {
        throw new MalformedJsonException("nesting too deep");
      }
      if (pos >= in.length) {
        throw new MalformedJsonException("unexpected end");
      }
      byte b = in[pos];
      if (b == '{') {
        return object(depth);
      } else if (b == '[') {
        return array(depth);
      } else if (b == '"') {
        return string();
      } else if (b >= '0' && b <= '9') {
        return number();
      }
      throw new MalformedJsonException("unexpected byte at offset " + pos);
    }

    private Map<String, Object> object(int depth) throws MalformedJsonException {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      if (peek() == '}') {
        pos++;
        return Collections.unmodifiableMap(map);
      }
      while (true) {
        String key = string();
        expect(':');
        Object v = value(depth + 1);
        if (map.put(key, v) != null) {
          throw new MalformedJsonException("duplicate member at offset " + pos);
        }
        byte b = next();
        if (b == '}') {
          return Collections.unmodifiableMap(map);
        }
        if (b != ',') {
          throw new MalformedJsonException("expected , or } at offset " + (pos - 1));
        }
      }
    }

    private List<Object> array(int depth) throws MalformedJsonException {
      pos++;
      List<Object> list = new ArrayList<>();
      if (peek() == ']') {
        pos++;
        return Collections.unmodifiableList(list);
      }
      while (true) {
        list.add(value(depth + 1));
        byte b = next();
        if (b == ']') {
          return Collections.unmodifiableList(list);
        }
        if (b != ',') {
          throw new MalformedJsonException("expected , or ] at offset " + (pos - 1));
        }
      }
    }

    private String string() throws MalformedJsonException {
      expect('"');
      int start = pos;
      while (true) {
        byte b = next();
        if (b == '"') {
          return new String(in, start, pos - 1 - start, StandardCharsets.US_ASCII);
        }
        if (b < 0x20 || b > 0x7e || b == '\\') {
          throw new MalformedJsonException("byte outside the dialect at offset " + (pos - 1));
        }
      }
    }

    private Long number() throws MalformedJsonException {
      int start = pos;
      while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
        pos++;
      }
      int len = pos - start;
      if (len > 18 || (len > 1 && in[start] == '0')) {
        throw new MalformedJsonException("non-canonical number at offset " + start);
      }
      return Long.parseLong(new String(in, start, len, StandardCharsets.US_ASCII));
    }

    private byte peek() throws MalformedJsonException {
      if (pos >= in.length) {
        throw new MalformedJsonException("unexpected end");
      }
      return in[pos];
    }

    private byte next() throws MalformedJsonException {
      byte b = peek();
      pos++;
      return b;
    }

    private void expect(char c) throws MalformedJsonException {
      if (next() != c) {
        throw new MalformedJsonException("expected " + c + " at offset " + (pos - 1));
      }
    }
  }
}
