package org.openiop.benchmarks.crypto;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.tokens.AccessToken;
import org.openiop.crypto.tokens.TokenIssuer;
import org.openiop.crypto.tokens.TokenRole;
import org.openiop.crypto.tokens.TokenSigningKey;
import org.openiop.crypto.tokens.TokenVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Access-token issue and verify (EdDSA) against raw Nimbus: a {@code SignedJWT} with the same
 * claims signed by {@code Ed25519Signer}, and parse + {@code Ed25519Verifier} + expiry check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenBenchmark {
  static final Instant NOW = Instant.parse("2026-11-26T20:00:00Z");

  TokenIssuer issuer;
  TokenVerifier verifier;
  String token;
  OctetKeyPair rawKey;
  Ed25519Signer rawSigner;
  Ed25519Verifier rawVerifier;
  String rawToken;
  final Principal subject = Principal.of(ParticipantId.of("par_bench"));
  final List<String> scopes = List.of("sessions:join", "notes:read");
  final List<ConsentId> consents = List.of(ConsentId.of("con_1"));

  /**
   * Prepares keys and one token of each kind.
   *
   * @throws Exception never expected
   */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    TokenSigningKey key = TokenSigningKey.generateEd25519("ed-1");
    issuer = TokenIssuer.builder("https://iop.example", key).clock(clock).build();
    verifier =
        TokenVerifier.builder("https://iop.example", "api://x", new JWKSet(key.publicJwk()))
            .clock(clock)
            .build();
    token = issue();
    rawKey = new OctetKeyPairGenerator(Curve.Ed25519).keyID("raw").generate();
    rawSigner = new Ed25519Signer(rawKey);
    rawVerifier = new Ed25519Verifier(rawKey.toPublicJWK());
    rawToken = rawIssue();
  }

  /**
   * Subject: OpenIOP issue.
   *
   * @return the token
   */
  @Benchmark
  public String issue() {
    return issuer.issue(subject, TokenRole.PARTICIPANT, "api://x", scopes, consents);
  }

  /**
   * Baseline: Nimbus sign of the same claims.
   *
   * @return the token
   * @throws Exception never expected
   */
  @Benchmark
  public String rawIssue() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("https://iop.example")
            .subject(subject.text())
            .audience("api://x")
            .issueTime(Date.from(NOW))
            .notBeforeTime(Date.from(NOW))
            .expirationTime(Date.from(NOW.plusSeconds(300)))
            .jwtID("0123456789abcdefghijkl")
            .claim("role", "participant")
            .claim("scope", "notes:read sessions:join")
            .claim("consents", List.of("con_1"))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID("raw")
                .type(new JOSEObjectType("at+jwt"))
                .build(),
            claims);
    jwt.sign(rawSigner);
    return jwt.serialize();
  }

  /**
   * Subject: OpenIOP fail-closed verification.
   *
   * @return the token content
   * @throws Exception never expected
   */
  @Benchmark
  public AccessToken verify() throws Exception {
    return verifier.verify(token);
  }

  /**
   * Baseline: Nimbus parse, signature check and expiry check.
   *
   * @return the claims
   * @throws Exception never expected
   */
  @Benchmark
  public JWTClaimsSet rawVerify() throws Exception {
    SignedJWT jwt = SignedJWT.parse(rawToken);
    if (!jwt.verify(rawVerifier)) {
      throw new IllegalStateException("bad signature");
    }
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    if (claims.getExpirationTime().toInstant().isBefore(NOW)) {
      throw new IllegalStateException("expired");
    }
    return claims;
  }
}
