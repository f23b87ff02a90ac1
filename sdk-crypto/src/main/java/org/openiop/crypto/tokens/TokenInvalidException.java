package org.openiop.crypto.tokens;

import java.security.GeneralSecurityException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A token or signed record was refused. {@link #reason()} says which check failed; the message
 * never quotes claim values.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TokenInvalidException extends GeneralSecurityException {
  private static final long serialVersionUID = 1L;

  /** Which check refused the token. */
  public enum Reason {
    /** Larger than the configured maximum; refused before parsing. */
    OVERSIZED,
    /** Not a compact JWS with a JSON header and claims (including JWE and unsecured JWT). */
    MALFORMED,
    /** The {@code alg} is not on the allow-list ({@code none}, HMAC, RSA, or not enabled). */
    ALGORITHM_NOT_ALLOWED,
    /** The {@code typ} header is not the expected one, or a {@code crit} header is present. */
    WRONG_TYPE,
    /** No {@code kid}, or no key with that {@code kid} in the trusted JWK Set. */
    UNKNOWN_KEY,
    /**
     * The key's type does not match {@code alg} (for example an EC key named by an EdDSA token).
     */
    KEY_MISMATCH,
    /** The signature does not verify. */
    BAD_SIGNATURE,
    /** {@code exp} is in the past (beyond the allowed skew). */
    EXPIRED,
    /** {@code nbf} or {@code iat} is in the future (beyond the allowed skew). */
    NOT_YET_VALID,
    /** The lifetime {@code exp - iat} exceeds the maximum. */
    LIFETIME_TOO_LONG,
    /** {@code iss} is missing or not the trusted issuer. */
    WRONG_ISSUER,
    /** {@code aud} is missing or does not include this service. */
    WRONG_AUDIENCE,
    /** A required claim is missing or malformed. */
    BAD_CLAIMS
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason which check failed; never {@code null}
   * @param message what failed, without claim values
   */
  public TokenInvalidException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /**
   * Creates the exception with a cause.
   *
   * @param reason which check failed; never {@code null}
   * @param message what failed, without claim values
   * @param cause the underlying failure
   */
  public TokenInvalidException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason == null");
  }

  /**
   * Which check failed.
   *
   * @return never {@code null}
   */
  public Reason reason() {
    return reason;
  }
}
