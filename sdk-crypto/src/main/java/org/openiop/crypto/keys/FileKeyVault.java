package org.openiop.crypto.keys;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.crypto.internal.Encoding;
import org.openiop.crypto.internal.TinkPrimitives;

/**
 * A {@link KeyVault} that keeps each identity as two Tink encrypted keysets ({@code
 * TinkProtoKeysetFormat.serializeEncryptedKeyset}) in a directory, in files readable only by the
 * owner (POSIX {@code rw-------} where the file system supports it).
 *
 * <p>The key-encryption key (KEK) is an {@link Aead} from a Tink {@link KmsClient} (so cloud KMSs
 * plug in) or from a local master keyset. The associated data binds each file to its principal and
 * role, so files cannot be swapped between principals. Files are written to a temporary name and
 * moved into place atomically. Safe for concurrent use.
 *
 * <pre>{@code
 * KeyVault vault = FileKeyVault.withKmsClient(dir, gcpKmsClient, "gcp-kms://projects/.../keys/k");
 * vault.store(identity);
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FileKeyVault implements KeyVault {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** How keysets are turned into bytes and back. */
  interface Codec {
    byte[] write(KeysetHandle handle, byte[] associatedData) throws GeneralSecurityException;

    KeysetHandle read(byte[] bytes, byte[] associatedData) throws GeneralSecurityException;
  }

  private final Path dir;
  private final Codec codec;

  FileKeyVault(Path dir, Codec codec) throws IOException {
    this.dir = Objects.requireNonNull(dir, "dir == null");
    this.codec = codec;
    Files.createDirectories(dir);
  }

  /**
   * A vault whose KEK lives in a KMS.
   *
   * @param dir the directory for key files; created if missing; never {@code null}
   * @param client the KMS client; never {@code null}
   * @param keyUri the KEK's URI in that KMS; never {@code null}
   * @return the vault
   * @throws IOException if the directory cannot be created
   * @throws GeneralSecurityException if the KMS refuses the key URI
   */
  public static FileKeyVault withKmsClient(Path dir, KmsClient client, String keyUri)
      throws IOException, GeneralSecurityException {
    Objects.requireNonNull(client, "client == null");
    Objects.requireNonNull(keyUri, "keyUri == null");
    return withKek(dir, client.getAead(keyUri));
  }

  /**
   * A vault whose KEK is a local AEAD master keyset (keep that keyset elsewhere, for example in the
   * OS key store).
   *
   * @param dir the directory for key files; never {@code null}
   * @param masterKeyset an AEAD keyset; never {@code null}
   * @return the vault
   * @throws IOException if the directory cannot be created
   * @throws GeneralSecurityException if the keyset is not an AEAD keyset
   */
  public static FileKeyVault withMasterKeyset(Path dir, KeysetHandle masterKeyset)
      throws IOException, GeneralSecurityException {
    Objects.requireNonNull(masterKeyset, "masterKeyset == null");
    return withKek(dir, masterKeyset.getPrimitive(TinkPrimitives.config(), Aead.class));
  }

  /**
   * A vault whose KEK is any AEAD.
   *
   * @param dir the directory for key files; never {@code null}
   * @param kek the key-encryption AEAD; never {@code null}
   * @return the vault
   * @throws IOException if the directory cannot be created
   */
  public static FileKeyVault withKek(Path dir, Aead kek) throws IOException {
    Objects.requireNonNull(kek, "kek == null");
    return new FileKeyVault(
        dir,
        new Codec() {
          @Override
          public byte[] write(KeysetHandle handle, byte[] ad) throws GeneralSecurityException {
            return TinkProtoKeysetFormat.serializeEncryptedKeyset(
                handle, kek, ad, TinkPrimitives.config());
          }

          @Override
          public KeysetHandle read(byte[] bytes, byte[] ad) throws GeneralSecurityException {
            return TinkProtoKeysetFormat.parseEncryptedKeyset(
                bytes, kek, ad, TinkPrimitives.config());
          }
        });
  }

  /**
   * Generates a fresh AES-256-GCM master keyset for {@link #withMasterKeyset}.
   *
   * @return the keyset
   */
  public static KeysetHandle generateMasterKeyset() {
    try {
      return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, TinkPrimitives.config());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("key generation failed", e);
    }
  }

  static Codec cleartextCodec() {
    return new Codec() {
      @Override
      public byte[] write(KeysetHandle handle, byte[] ad) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.serializeKeyset(
            handle, InsecureSecretKeyAccess.get(), TinkPrimitives.config());
      }

      @Override
      public KeysetHandle read(byte[] bytes, byte[] ad) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseKeyset(
            bytes, InsecureSecretKeyAccess.get(), TinkPrimitives.config());
      }
    };
  }

  @Override
  public void store(Identity identity) throws IOException, GeneralSecurityException {
    Objects.requireNonNull(identity, "identity == null");
    Principal p = identity.principal();
    byte[] hpke = codec.write(identity.encryptionKeyset(), ad(p, "hpke"));
    byte[] sig = codec.write(identity.signingKeyset(), ad(p, "sig"));
    synchronized (this) {
      writeAtomically(file(p, "hpke"), hpke);
      writeAtomically(file(p, "sig"), sig);
    }
  }

  @Override
  public Optional<Identity> load(Principal principal) throws IOException, GeneralSecurityException {
    Objects.requireNonNull(principal, "principal == null");
    byte[] hpke;
    byte[] sig;
    synchronized (this) {
      Path h = file(principal, "hpke");
      Path s = file(principal, "sig");
      if (!Files.exists(h) || !Files.exists(s)) {
        return Optional.empty();
      }
      hpke = Files.readAllBytes(h);
      sig = Files.readAllBytes(s);
    }
    return Optional.of(
        new Identity(
            principal,
            codec.read(hpke, ad(principal, "hpke")),
            codec.read(sig, ad(principal, "sig"))));
  }

  @Override
  public synchronized void destroy(Principal principal) throws IOException {
    Objects.requireNonNull(principal, "principal == null");
    Files.deleteIfExists(file(principal, "hpke"));
    Files.deleteIfExists(file(principal, "sig"));
  }

  private static byte[] ad(Principal p, String role) {
    return Encoding.ascii("openiop-vault-v1 " + role + " " + p.text());
  }

  private Path file(Principal p, String role) {
    return dir.resolve(Encoding.b64(Encoding.ascii(p.text())) + "." + role + ".tink");
  }

  private void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.deleteIfExists(tmp);
    try {
      Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    } catch (UnsupportedOperationException e) {
      Files.createFile(tmp);
    } catch (FileAlreadyExistsException e) {
      throw new IOException("concurrent write to key file", e);
    }
    Files.write(tmp, bytes);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public String toString() {
    return "FileKeyVault[" + dir + "]";
  }
}
