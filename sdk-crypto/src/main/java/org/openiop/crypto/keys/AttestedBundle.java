package org.openiop.crypto.keys;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A {@link PublicKeyBundle} as the directory stores it: a compact JWS (RFC 7515, EdDSA) signed by
 * the organization's directory key, plus two index fields.
 *
 * <p>The index fields are what an untrusted server claims; {@link TrustedDirectory} checks them
 * against the signed claims ({@code sub}, {@code ver}) before trusting anything.
 *
 * @param principal claimed owner; never {@code null}
 * @param version claimed version, at least 1
 * @param jws the compact JWS; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AttestedBundle(Principal principal, long version, String jws) {
  /** Checks the components. */
  public AttestedBundle {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(jws, "jws == null");
    if (version < 1) {
      throw new IllegalArgumentException("version < 1");
    }
  }
}
