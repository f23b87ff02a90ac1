package org.openiop.crypto.tokens;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.crypto.keys.Principal;

/**
 * The verified content of an access token.
 *
 * @param tokenId the {@code jti}; never {@code null}
 * @param subject the {@code sub}: whom the token is for; never {@code null}
 * @param role the {@code role}; never {@code null}
 * @param scopes the {@code scope} values (space-separated in the token); never {@code null}
 * @param consents the {@code consents} the holder acts under; never {@code null}
 * @param audience the audience it was verified for; never {@code null}
 * @param issuedAt {@code iat}; never {@code null}
 * @param expiresAt {@code exp}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AccessToken(
    String tokenId,
    Principal subject,
    TokenRole role,
    Set<String> scopes,
    Set<ConsentId> consents,
    String audience,
    Instant issuedAt,
    Instant expiresAt) {
  private static final java.util.regex.Pattern SCOPE =
      java.util.regex.Pattern.compile("[A-Za-z0-9:._/-]{1,64}");

  /** Checks and copies the components. */
  public AccessToken {
    Objects.requireNonNull(tokenId, "tokenId == null");
    Objects.requireNonNull(subject, "subject == null");
    Objects.requireNonNull(role, "role == null");
    Objects.requireNonNull(audience, "audience == null");
    Objects.requireNonNull(issuedAt, "issuedAt == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    scopes = Set.copyOf(Objects.requireNonNull(scopes, "scopes == null"));
    consents = Set.copyOf(Objects.requireNonNull(consents, "consents == null"));
    for (String s : scopes) {
      if (!SCOPE.matcher(s).matches()) {
        throw InvalidInputException.of(
            "scopes", "each scope must be 1-64 of A-Z a-z 0-9 : . _ / -");
      }
    }
  }

  /**
   * Whether the token grants a scope.
   *
   * @param scope the scope
   * @return true if present
   */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }
}
