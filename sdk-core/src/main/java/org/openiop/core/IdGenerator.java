package org.openiop.core;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Random;
import org.apiguardian.api.API;

/**
 * Makes new identifier values: a short type prefix, an underscore and 26 characters of Crockford
 * base-32 (128 random bits), for example {@code par_0f3kq9...}.
 *
 * <p>Implementations must be safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface IdGenerator {

  /**
   * Returns a new identifier value with the given prefix.
   *
   * @param prefix a lower-case type prefix such as {@code par}; never {@code null}
   * @return a value that {@code of(String)} of every typed id accepts
   */
  String next(String prefix);

  /**
   * A generator backed by {@link SecureRandom}: the default for production.
   *
   * @return a thread-safe generator
   */
  static IdGenerator secureRandom() {
    SecureRandom random = new SecureRandom();
    return prefix -> format(prefix, random);
  }

  /**
   * A deterministic generator for tests, simulations and demos: the same seed yields the same ids.
   * Never use it for ids that must be unguessable.
   *
   * @param seed the seed
   * @return a thread-safe, deterministic generator
   */
  static IdGenerator seeded(long seed) {
    Random random = new Random(seed);
    return prefix -> {
      synchronized (random) {
        return format(prefix, random);
      }
    };
  }

  private static String format(String prefix, Random random) {
    Objects.requireNonNull(prefix, "prefix == null");
    if (!prefix.matches("[a-z]{1,8}")) {
      throw new IllegalArgumentException("prefix must be 1-8 lower-case letters: " + prefix);
    }
    final String alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
    long hi = random.nextLong();
    long lo = random.nextLong();
    char[] out = new char[26];
    for (int i = 25; i >= 0; i--) {
      out[i] = alphabet.charAt((int) (lo & 31));
      lo = (lo >>> 5) | ((hi & 31) << 59);
      hi >>>= 5;
    }
    return prefix + "_" + new String(out);
  }
}
