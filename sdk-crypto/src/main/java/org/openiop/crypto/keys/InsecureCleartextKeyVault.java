package org.openiop.crypto.keys;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A {@link KeyVault} that writes private keysets to disk <strong>in the clear</strong> (Tink's
 * cleartext keyset format with {@code InsecureSecretKeyAccess}). For tests and demos only: anyone
 * who can read the directory can read every note sealed to these keys. Safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InsecureCleartextKeyVault implements KeyVault {
  private final FileKeyVault files;

  /**
   * Opens (or creates) a cleartext vault.
   *
   * @param dir the directory; never {@code null}
   * @throws IOException if the directory cannot be created
   */
  public InsecureCleartextKeyVault(Path dir) throws IOException {
    this.files =
        new FileKeyVault(Objects.requireNonNull(dir, "dir == null"), FileKeyVault.cleartextCodec());
  }

  @Override
  public void store(Identity identity) throws IOException, GeneralSecurityException {
    files.store(identity);
  }

  @Override
  public Optional<Identity> load(Principal principal) throws IOException, GeneralSecurityException {
    return files.load(principal);
  }

  @Override
  public void destroy(Principal principal) throws IOException {
    files.destroy(principal);
  }
}
