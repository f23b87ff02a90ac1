package org.openiop.crypto.tokens;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.crypto.keys.Principal;

/**
 * A consent record whose JWS signature has been verified against the key directory.
 *
 * @param record what was consented to; never {@code null}
 * @param signer who signed (check it is the participant, or someone entitled to sign for them);
 *     never {@code null}
 * @param jws the compact JWS, as stored; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SignedConsent(ConsentRecord record, Principal signer, String jws) {
  /** Checks the components. */
  public SignedConsent {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(signer, "signer == null");
    Objects.requireNonNull(jws, "jws == null");
  }
}
