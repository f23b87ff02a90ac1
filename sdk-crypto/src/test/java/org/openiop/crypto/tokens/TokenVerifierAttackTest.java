package org.openiop.crypto.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.tokens.TokenInvalidException.Reason;

/** The JWT attack suite: every way to forge, replay or stretch a token fails closed. */
class TokenVerifierAttackTest {
  static final Instant NOW = Instant.parse("2026-11-26T20:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String ISS = "https://iop.example";
  static final String AUD = "api://sessions";
  final TokenSigningKey ed = TokenSigningKey.generateEd25519("ed-1");
  final TokenSigningKey es = TokenSigningKey.generateEs256("es-1");
  final JWKSet keys = new JWKSet(List.of(ed.publicJwk(), es.publicJwk()));
  final TokenVerifier verifier = TokenVerifier.builder(ISS, AUD, keys).clock(CLOCK).build();
  final Principal bob = Principal.of(ParticipantId.of("par_bob"));

  String issue(TokenSigningKey key, Clock clock) {
    return TokenIssuer.builder(ISS, key)
        .clock(clock)
        .build()
        .issue(
            bob,
            TokenRole.PARTICIPANT,
            AUD,
            List.of("sessions:join", "notes:read"),
            List.of(ConsentId.of("con_1")));
  }

  void assertRefused(TokenVerifier v, String token, Reason reason) {
    assertThatThrownBy(() -> v.verify(token))
        .isInstanceOf(TokenInvalidException.class)
        .satisfies(e -> assertThat(((TokenInvalidException) e).reason()).isEqualTo(reason));
  }

  @Test
  void aFreshEdDsaTokenVerifiesWithItsClaims() throws Exception {
    AccessToken t = verifier.verify(issue(ed, CLOCK));
    assertThat(t.subject()).isEqualTo(bob);
    assertThat(t.role()).isEqualTo(TokenRole.PARTICIPANT);
    assertThat(t.scopes()).containsExactlyInAnyOrder("sessions:join", "notes:read");
    assertThat(t.hasScope("notes:read")).isTrue();
    assertThat(t.consents()).containsExactly(ConsentId.of("con_1"));
    assertThat(t.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
    assertThat(t.tokenId()).hasSize(22);
  }

  @Test
  void es256IsRefusedUnlessEnabled() throws Exception {
    String token = issue(es, CLOCK);
    assertRefused(verifier, token, Reason.ALGORITHM_NOT_ALLOWED);
    TokenVerifier withEs = TokenVerifier.builder(ISS, AUD, keys).clock(CLOCK).allowEs256().build();
    assertThat(withEs.verify(token).subject()).isEqualTo(bob);
  }

  @Test
  void algNoneIsRefused() {
    JWTClaimsSet claims = SignedJWT_claims();
    String unsecured = new PlainJWT(claims).serialize();
    assertRefused(verifier, unsecured, Reason.MALFORMED);
    String[] parts = issue(ed, CLOCK).split("\\.");
    String noneHeader =
        Base64URL.encode("{\"alg\":\"none\",\"kid\":\"ed-1\",\"typ\":\"at+jwt\"}").toString();
    assertRefused(verifier, noneHeader + "." + parts[1] + ".", Reason.MALFORMED);
    assertRefused(verifier, noneHeader + "." + parts[1] + "." + parts[2], Reason.MALFORMED);
  }

  @Test
  void hmacWithThePublicKeyAsSecretIsRefused() throws Exception {
    // Algorithm confusion: sign HS256 with the public key bytes as the MAC secret.
    byte[] publicBytes =
        ((OctetKeyPair) ed.publicJwk()).toJSONString().getBytes(StandardCharsets.UTF_8);
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .keyID("ed-1")
                .type(new JOSEObjectType("at+jwt"))
                .build(),
            SignedJWT_claims());
    forged.sign(new MACSigner(publicBytes));
    assertRefused(verifier, forged.serialize(), Reason.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void anEdDsaHeaderNamingTheEcKeyIsRefused() throws Exception {
    TokenVerifier withEs = TokenVerifier.builder(ISS, AUD, keys).clock(CLOCK).allowEs256().build();
    String[] parts = issue(ed, CLOCK).split("\\.");
    String header =
        Base64URL.encode("{\"alg\":\"EdDSA\",\"kid\":\"es-1\",\"typ\":\"at+jwt\"}").toString();
    assertRefused(withEs, header + "." + parts[1] + "." + parts[2], Reason.KEY_MISMATCH);
  }

  @Test
  void expiredAndNotYetValidTokensAreRefusedBeyondTheSkew() {
    String token = issue(ed, CLOCK);
    TokenVerifier later =
        TokenVerifier.builder(ISS, AUD, keys)
            .clock(Clock.offset(CLOCK, Duration.ofMinutes(5).plusSeconds(31)))
            .build();
    assertRefused(later, token, Reason.EXPIRED);
    TokenVerifier withinSkew =
        TokenVerifier.builder(ISS, AUD, keys)
            .clock(Clock.offset(CLOCK, Duration.ofMinutes(5).plusSeconds(29)))
            .build();
    assertThat(catchNothing(() -> withinSkew.verify(token))).isTrue();
    TokenVerifier earlier =
        TokenVerifier.builder(ISS, AUD, keys)
            .clock(Clock.offset(CLOCK, Duration.ofSeconds(-31)))
            .build();
    assertRefused(earlier, token, Reason.NOT_YET_VALID);
  }

  @Test
  void wrongIssuerAndWrongAudienceAreRefused() {
    String token = issue(ed, CLOCK);
    assertRefused(
        TokenVerifier.builder("https://evil", AUD, keys).clock(CLOCK).build(),
        token,
        Reason.WRONG_ISSUER);
    assertRefused(
        TokenVerifier.builder(ISS, "api://billing", keys).clock(CLOCK).build(),
        token,
        Reason.WRONG_AUDIENCE);
  }

  @Test
  void anUnknownKidOrAMissingKidIsRefused() throws Exception {
    TokenSigningKey other = TokenSigningKey.generateEd25519("ed-2");
    assertRefused(verifier, issue(other, CLOCK), Reason.UNKNOWN_KEY);
    SignedJWT noKid =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA).type(new JOSEObjectType("at+jwt")).build(),
            SignedJWT_claims());
    noKid.sign(ed.signer());
    assertRefused(verifier, noKid.serialize(), Reason.UNKNOWN_KEY);
  }

  @Test
  void aKeyRotatedOutOfTheJwkSetNoLongerVerifies() {
    String token = issue(ed, CLOCK);
    TokenVerifier rotated =
        TokenVerifier.builder(ISS, AUD, new JWKSet(List.of(es.publicJwk()))).clock(CLOCK).build();
    assertRefused(rotated, token, Reason.UNKNOWN_KEY);
  }

  @Test
  void aSignatureFromTheRightKidButAnotherKeyIsRefused() {
    TokenSigningKey impostor = TokenSigningKey.generateEd25519("ed-1");
    assertRefused(verifier, issue(impostor, CLOCK), Reason.BAD_SIGNATURE);
  }

  @Test
  void alteringAnyClaimBreaksTheSignature() {
    String[] parts = issue(ed, CLOCK).split("\\.");
    String payload = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8);
    String elevated = payload.replace("\"participant\"", "\"clinician\"");
    assertThat(elevated).isNotEqualTo(payload);
    String forged = parts[0] + "." + Base64URL.encode(elevated) + "." + parts[2];
    assertRefused(verifier, forged, Reason.BAD_SIGNATURE);
  }

  @Test
  void oversizedTokensAreRefusedBeforeParsing() {
    String huge = "a".repeat(9000);
    assertRefused(verifier, huge, Reason.OVERSIZED);
  }

  @Test
  void encryptedOrGarbageTokensAreMalformed() {
    assertRefused(verifier, "a.b.c.d.e", Reason.MALFORMED);
    assertRefused(verifier, "not-a-token", Reason.MALFORMED);
    assertRefused(verifier, "e30.e30.e30", Reason.MALFORMED);
  }

  @Test
  void aTokenOfAnotherTypeIsRefused() throws Exception {
    SignedJWT idToken =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID("ed-1")
                .type(JOSEObjectType.JWT)
                .build(),
            SignedJWT_claims());
    idToken.sign(ed.signer());
    assertRefused(verifier, idToken.serialize(), Reason.WRONG_TYPE);
  }

  @Test
  void aTokenWithAnOverlongLifetimeIsRefused() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder(SignedJWT_claims())
            .expirationTime(Date.from(NOW.plus(Duration.ofDays(30))))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID("ed-1")
                .type(new JOSEObjectType("at+jwt"))
                .build(),
            claims);
    jwt.sign(ed.signer());
    assertRefused(verifier, jwt.serialize(), Reason.LIFETIME_TOO_LONG);
  }

  @Test
  void aTokenWithoutRequiredClaimsIsRefused() throws Exception {
    JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT_claims()).jwtID(null).build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID("ed-1")
                .type(new JOSEObjectType("at+jwt"))
                .build(),
            claims);
    jwt.sign(ed.signer());
    assertRefused(verifier, jwt.serialize(), Reason.BAD_CLAIMS);
  }

  static JWTClaimsSet SignedJWT_claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISS)
        .subject("participant:par_bob")
        .audience(AUD)
        .issueTime(Date.from(NOW))
        .notBeforeTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(300)))
        .jwtID("abc")
        .claim("role", "participant")
        .build();
  }

  interface Call {
    void run() throws Exception;
  }

  static boolean catchNothing(Call c) {
    try {
      c.run();
      return true;
    } catch (Exception e) {
      return false;
    }
  }
}
