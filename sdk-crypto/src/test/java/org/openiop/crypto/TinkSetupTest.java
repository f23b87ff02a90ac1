package org.openiop.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TinkSetupTest {
  @Test
  void afterRegistrationAnAes256GcmKeyCanBeGeneratedAndUsed() throws Exception {
    TinkSetup.ensureRegistered();
    TinkSetup.ensureRegistered();
    KeysetHandle handle =
        KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, RegistryConfiguration.get());
    Aead aead = handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    byte[] plain = "hello".getBytes(StandardCharsets.UTF_8);
    byte[] sealed = aead.encrypt(plain, new byte[0]);
    assertThat(sealed).hasSize(plain.length + 33);
    assertThat(aead.decrypt(sealed, new byte[0])).isEqualTo(plain);
  }
}
