package org.openiop.crypto.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;
import org.openiop.core.ConsentId;
import org.openiop.core.SupportPersonId;
import org.openiop.crypto.keys.Principal;

class TokenRoundTripProperties {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T20:00:00Z"), ZoneOffset.UTC);
  static final TokenSigningKey ED = TokenSigningKey.generateEd25519("ed");
  static final TokenSigningKey ES = TokenSigningKey.generateEs256("es");
  static final TokenVerifier VERIFIER =
      TokenVerifier.builder("iss", "aud", new JWKSet(List.of(ED.publicJwk(), ES.publicJwk())))
          .clock(CLOCK)
          .allowEs256()
          .build();

  @Property(tries = 40)
  void issuedTokensVerifyToTheSameClaims(
      @ForAll @Size(max = 4) @UniqueElements
          List<@AlphaChars @StringLength(min = 1, max = 12) String> scopes,
      @ForAll @Size(max = 3) @UniqueElements
          List<@AlphaChars @StringLength(min = 1, max = 12) String> consents,
      @ForAll boolean useEs256,
      @ForAll TokenRole role)
      throws Exception {
    TokenSigningKey key = useEs256 ? ES : ED;
    Principal sub = Principal.of(SupportPersonId.of("sup_x"));
    List<ConsentId> consentIds = consents.stream().map(c -> ConsentId.of("con_" + c)).toList();
    String jwt =
        TokenIssuer.builder("iss", key)
            .clock(CLOCK)
            .build()
            .issue(sub, role, "aud", scopes, consentIds);
    AccessToken t = VERIFIER.verify(jwt);
    assertThat(t.subject()).isEqualTo(sub);
    assertThat(t.role()).isEqualTo(role);
    assertThat(t.scopes()).isEqualTo(Set.copyOf(scopes));
    assertThat(t.consents()).isEqualTo(Set.copyOf(consentIds));
  }
}
