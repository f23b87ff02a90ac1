package org.openiop.crypto;

import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.hybrid.HybridConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.security.GeneralSecurityException;
import org.apiguardian.api.API;

/**
 * Registers the Tink primitives OpenIOP uses (AEAD, HPKE, Ed25519, streaming AEAD), once per JVM.
 * Every OpenIOP crypto entry point calls it; hosts never need to.
 *
 * @since 0.1
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TinkSetup {
  private static volatile boolean registered;

  private TinkSetup() {}

  /**
   * Registers the primitives if that has not happened yet. Safe for concurrent use.
   *
   * @throws IllegalStateException if Tink refuses to register (a broken class path)
   */
  public static void ensureRegistered() {
    if (registered) {
      return;
    }
    synchronized (TinkSetup.class) {
      if (registered) {
        return;
      }
      try {
        AeadConfig.register();
        HybridConfig.register();
        SignatureConfig.register();
        StreamingAeadConfig.register();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("Tink registration failed", e);
      }
      registered = true;
    }
  }
}
