package org.openiop.crypto.keys;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Stores attested public key bundles and revocations per principal: the SPI a host backs with its
 * own database or directory service.
 *
 * <p>The store is <em>not</em> trusted: everything it returns is checked by {@link
 * TrustedDirectory} against the directory authority's signature, so a store (or server) that swaps
 * a key is caught. Implementations must be safe for concurrent use; they may block on I/O. They
 * never see private keys.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface KeyDirectory {
  /**
   * Appends a bundle to its principal's history.
   *
   * @param bundle the attested bundle; never {@code null}
   * @throws IllegalStateException if its version is not the principal's last version + 1
   */
  void publish(AttestedBundle bundle);

  /**
   * Every bundle of a principal, oldest first.
   *
   * @param principal the owner; never {@code null}
   * @return an unmodifiable list, empty if the principal has none
   */
  List<AttestedBundle> bundles(Principal principal);

  /**
   * Records a revocation.
   *
   * @param revocation the attested revocation; never {@code null}
   */
  void publishRevocation(AttestedRevocation revocation);

  /**
   * Every revocation recorded for a principal.
   *
   * @param principal the owner; never {@code null}
   * @return an unmodifiable list, empty if none
   */
  List<AttestedRevocation> revocations(Principal principal);
}
