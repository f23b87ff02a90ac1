package org.openiop.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import org.apiguardian.api.API;

/** Base64url, SHA-256 and key-id helpers shared by the crypto packages. Thread-safe. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Encoding {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  private Encoding() {}

  /**
   * Base64url without padding (RFC 4648 section 5).
   *
   * @param bytes the bytes
   * @return the text
   */
  public static String b64(byte[] bytes) {
    return B64.encodeToString(bytes);
  }

  /**
   * Decodes canonical base64url without padding; anything else (padding, other alphabets, or
   * non-zero trailing bits) is refused so each byte string has exactly one encoding.
   *
   * @param text the text
   * @return the bytes, or empty if not canonical
   */
  public static Optional<byte[]> unb64(String text) {
    if (text.indexOf('=') >= 0 || text.indexOf('+') >= 0 || text.indexOf('/') >= 0) {
      return Optional.empty();
    }
    byte[] out;
    try {
      out = B64D.decode(text);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return b64(out).equals(text) ? Optional.of(out) : Optional.empty();
  }

  /**
   * SHA-256 of the input.
   *
   * @param parts concatenated in order
   * @return 32 bytes
   */
  public static byte[] sha256(byte[]... parts) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (byte[] p : parts) {
        md.update(p);
      }
      return md.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /**
   * ASCII bytes of a string (all formats here use ASCII only).
   *
   * @param s the string
   * @return its bytes
   */
  public static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * Concatenates byte arrays.
   *
   * @param parts the parts
   * @return one array
   */
  public static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int off = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, off, p.length);
      off += p.length;
    }
    return out;
  }

  /**
   * Renders a Tink key id as the {@code kid} text: 8 lower-case hex digits.
   *
   * @param id the Tink key id
   * @return the kid
   */
  public static String kid(int id) {
    return String.format("%08x", id);
  }

  /**
   * Parses a kid made by {@link #kid(int)}.
   *
   * @param kid the text
   * @return the key id, or empty if malformed
   */
  public static Optional<Integer> parseKid(String kid) {
    if (kid.length() != 8) {
      return Optional.empty();
    }
    for (int i = 0; i < 8; i++) {
      char c = kid.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return Optional.empty();
      }
    }
    return Optional.of(Integer.parseUnsignedInt(kid, 16));
  }
}
