package org.openiop.crypto.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.openiop.core.ParticipantId;

class PublicKeyBundleProperties {
  @Property(tries = 15)
  void jwkSetsRoundTripForEveryVersion(@ForAll @IntRange(min = 0, max = 3) int rotations)
      throws Exception {
    Identity id = Identity.generate(Principal.of(ParticipantId.of("par_p")));
    for (int i = 0; i < rotations; i++) {
      id = id.rotate();
    }
    PublicKeyBundle b = id.publicBundle();
    assertThat(b.version()).isEqualTo(rotations + 1L);
    assertThat(
            PublicKeyBundle.fromJwkSet(
                b.principal(), b.version(), JWKSet.parse(b.toJwkSet().toString())))
        .isEqualTo(b);
  }
}
