package org.openiop.crypto;

import java.lang.reflect.InvocationTargetException;
import java.security.Provider;
import java.security.Security;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Optional native acceleration: registers Conscrypt (BoringSSL) as the first JCA provider when
 * {@code org.conscrypt:conscrypt-openjdk-uber} is on the class path. Tink then uses it for AES-GCM,
 * X25519 and Ed25519 (HPKE wrapping and signatures several times faster, see {@code
 * docs/benchmarks.md}).
 *
 * <p>One-line opt-in, early in {@code main}:
 *
 * <pre>{@code
 * CryptoAcceleration.installConscryptIfPresent();
 * }</pre>
 *
 * <p>Everything in sdk-crypto works, and is tested, without it. Installing a JCA provider changes
 * JVM-wide state, which is why OpenIOP never does it implicitly. Safe for concurrent use and
 * idempotent.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CryptoAcceleration {
  private static final Logger LOG = LoggerFactory.getLogger(CryptoAcceleration.class);
  private static final String PROVIDER = "Conscrypt";

  private CryptoAcceleration() {}

  /**
   * Registers Conscrypt as the highest-priority JCA provider if its jar is present and its native
   * library loads on this platform.
   *
   * @return true if Conscrypt is installed (now or before), false if absent or unusable
   */
  public static synchronized boolean installConscryptIfPresent() {
    if (isConscryptInstalled()) {
      return true;
    }
    try {
      Class<?> conscrypt = Class.forName("org.conscrypt.Conscrypt");
      if (!(Boolean) conscrypt.getMethod("isAvailable").invoke(null)) {
        LOG.info("Conscrypt present but its native library is unavailable; using the JDK");
        return false;
      }
      Provider provider = (Provider) conscrypt.getMethod("newProvider").invoke(null);
      Security.insertProviderAt(provider, 1);
      LOG.info("Conscrypt installed as the first JCA provider");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    } catch (ReflectiveOperationException | LinkageError e) {
      Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
      LOG.warn("Conscrypt could not be installed; using the JDK: {}", String.valueOf(cause));
      return false;
    }
  }

  /**
   * Whether Conscrypt is currently the first JCA provider.
   *
   * @return true if installed
   */
  public static boolean isConscryptInstalled() {
    Provider[] providers = Security.getProviders();
    return providers.length > 0 && PROVIDER.equals(providers[0].getName());
  }

  /** Removes Conscrypt again (for tests that compare with and without). Idempotent. */
  public static synchronized void uninstallConscrypt() {
    Security.removeProvider(PROVIDER);
  }
}
