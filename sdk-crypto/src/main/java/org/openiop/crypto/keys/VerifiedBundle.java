package org.openiop.crypto.keys;

import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.PublicKeyVerify;
import java.security.GeneralSecurityException;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.crypto.internal.TinkPrimitives;

/**
 * A {@link PublicKeyBundle} whose attestation {@link TrustedDirectory} has checked, with ready Tink
 * primitives for its keys. Immutable and safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VerifiedBundle {
  private final PublicKeyBundle bundle;
  private final HybridEncrypt encrypter;
  private final PublicKeyVerify verifier;

  VerifiedBundle(PublicKeyBundle bundle) throws GeneralSecurityException {
    this.bundle = Objects.requireNonNull(bundle, "bundle == null");
    this.encrypter = TinkPrimitives.hpkeEncrypt(bundle.encryptionKey().toByteArray());
    this.verifier = TinkPrimitives.ed25519Verify(bundle.signingKey().toByteArray());
  }

  /**
   * The checked bundle.
   *
   * @return never {@code null}
   */
  public PublicKeyBundle bundle() {
    return bundle;
  }

  /**
   * HPKE (RFC 9180 base mode, single shot, empty AAD) to the bundle's X25519 key; output {@code enc
   * || ct}.
   *
   * @return never {@code null}
   */
  public HybridEncrypt encrypter() {
    return encrypter;
  }

  /**
   * Verifies raw Ed25519 signatures by the bundle's signing key.
   *
   * @return never {@code null}
   */
  public PublicKeyVerify verifier() {
    return verifier;
  }

  @Override
  public String toString() {
    return "VerifiedBundle[principal="
        + bundle.principal()
        + ", version="
        + bundle.version()
        + ", enc="
        + bundle.encryptionKeyId()
        + ", sig="
        + bundle.signingKeyId()
        + "]";
  }
}
