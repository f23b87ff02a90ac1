package org.openiop.crypto.keys;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Keeps private identities at rest: the SPI for device key stores, HSM-backed stores or files.
 *
 * <p>Implementations must never write private keys in the clear (except types whose name starts
 * with {@code Insecure}), must be safe for concurrent use and may block on I/O. {@link
 * #destroy(Principal)} is what crypto-shredding relies on: afterwards nothing sealed only to that
 * principal can be opened.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface KeyVault {
  /**
   * Stores (or replaces) a principal's identity, all key versions included.
   *
   * @param identity the identity; never {@code null}
   * @throws IOException if the store cannot be written
   * @throws GeneralSecurityException if the keys cannot be encrypted
   */
  void store(Identity identity) throws IOException, GeneralSecurityException;

  /**
   * Loads a principal's identity.
   *
   * @param principal the owner; never {@code null}
   * @return the identity, or empty if none is stored
   * @throws IOException if the store cannot be read
   * @throws GeneralSecurityException if the stored keys do not decrypt (wrong KEK, tampering)
   */
  Optional<Identity> load(Principal principal) throws IOException, GeneralSecurityException;

  /**
   * Deletes every key of a principal. Idempotent.
   *
   * @param principal the owner; never {@code null}
   * @throws IOException if the keys cannot be deleted
   */
  void destroy(Principal principal) throws IOException;
}
