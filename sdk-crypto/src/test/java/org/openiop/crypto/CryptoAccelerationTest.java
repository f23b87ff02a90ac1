package org.openiop.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** In the default execution Conscrypt is not on the class path: the opt-in reports false. */
class CryptoAccelerationTest {
  @Test
  void withoutTheJarTheOptInIsAHarmlessNoOp() {
    assertThat(CryptoAcceleration.installConscryptIfPresent()).isFalse();
    assertThat(CryptoAcceleration.isConscryptInstalled()).isFalse();
  }
}
