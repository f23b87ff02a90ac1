package org.openiop.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.internal.TinkPrimitives;

class FileKeyVaultTest {
  @TempDir Path dir;
  final Principal alice = Principal.of(ClinicianId.of("cli_alice"));
  final Principal bob = Principal.of(ParticipantId.of("par_bob"));

  /** A KMS stand-in: one AEAD per key URI, as a cloud KMS would hold them. */
  static final class LocalKms implements KmsClient {
    final KeysetHandle key = FileKeyVault.generateMasterKeyset();
    int calls;

    @Override
    public boolean doesSupport(String keyUri) {
      return keyUri.startsWith("local-kms://");
    }

    @Override
    public KmsClient withCredentials(String credentialPath) {
      return this;
    }

    @Override
    public KmsClient withDefaultCredentials() {
      return this;
    }

    @Override
    public Aead getAead(String keyUri) throws GeneralSecurityException {
      if (!doesSupport(keyUri)) {
        throw new GeneralSecurityException("unknown key");
      }
      calls++;
      return key.getPrimitive(TinkPrimitives.config(), Aead.class);
    }
  }

  @Test
  void identitiesRoundTripThroughAKmsBackedVaultWithOwnerOnlyFiles() throws Exception {
    LocalKms kms = new LocalKms();
    KeyVault vault = FileKeyVault.withKmsClient(dir, kms, "local-kms://kek-1");
    Identity a = Identity.generate(alice).rotate();
    vault.store(a);
    Identity back = vault.load(alice).orElseThrow();
    assertThat(back.publicBundle()).isEqualTo(a.publicBundle());
    assertThat(back.encryptionKeyIds()).isEqualTo(a.encryptionKeyIds());
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
            .isEqualTo("rw-------");
        assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
            .doesNotContain("type.googleapis.com/google.crypto.tink.HpkePrivateKey");
      }
    }
    assertThat(kms.calls).isEqualTo(1);
    assertThat(vault.load(bob)).isEmpty();
  }

  @Test
  void aWrongKekOrASwappedFileIsRefused() throws Exception {
    KeyVault vault = FileKeyVault.withMasterKeyset(dir, FileKeyVault.generateMasterKeyset());
    vault.store(Identity.generate(alice));
    KeyVault wrong = FileKeyVault.withMasterKeyset(dir, FileKeyVault.generateMasterKeyset());
    assertThatThrownBy(() -> wrong.load(alice)).isInstanceOf(GeneralSecurityException.class);
    KeysetHandle master = FileKeyVault.generateMasterKeyset();
    KeyVault v2 = FileKeyVault.withMasterKeyset(dir.resolve("v2"), master);
    v2.store(Identity.generate(alice));
    v2.store(Identity.generate(bob));
    Path d = dir.resolve("v2");
    List<Path> aliceFiles;
    try (var s = Files.list(d)) {
      aliceFiles = s.filter(p -> p.getFileName().toString().contains("hpke")).sorted().toList();
    }
    // Copy bob's HPKE file over alice's: the associated data binds each file to its principal.
    Files.copy(
        aliceFiles.get(1), aliceFiles.get(0), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThatThrownBy(() -> v2.load(alice).orElseThrow())
        .isInstanceOfAny(GeneralSecurityException.class);
  }

  @Test
  void theInsecureVaultWritesCleartextAndSaysSoInItsName() throws Exception {
    KeyVault vault = new InsecureCleartextKeyVault(dir);
    Identity a = Identity.generate(alice);
    vault.store(a);
    assertThat(vault.load(alice).orElseThrow().publicBundle()).isEqualTo(a.publicBundle());
    vault.destroy(alice);
    assertThat(vault.load(alice)).isEmpty();
  }
}
