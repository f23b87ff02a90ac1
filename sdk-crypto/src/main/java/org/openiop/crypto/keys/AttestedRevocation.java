package org.openiop.crypto.keys;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A statement, signed by the directory authority as a compact JWS, that one key of a principal is
 * revoked.
 *
 * @param principal claimed owner of the key; never {@code null}
 * @param keyId claimed kid of the revoked key; never {@code null}
 * @param jws the compact JWS; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AttestedRevocation(Principal principal, String keyId, String jws) {
  /** Checks the components. */
  public AttestedRevocation {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(keyId, "keyId == null");
    Objects.requireNonNull(jws, "jws == null");
  }
}
