package org.openiop.benchmarks.video;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.openiop.core.ParticipantId;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomId;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.tickets.TicketCodec;
import org.openiop.video.tickets.TicketInvalidException;
import org.openiop.video.tickets.VerifiedTicket;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Minting and verifying one join ticket ({@link TicketCodec}) against raw Nimbus HS256 sign, parse
 * and verify of the same claims. Target: subject / baseline at most 1.1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JoinTicketBenchmark {
  static final RoomId ROOM = RoomId.of("loop-1");
  static final PersonRef PERSON = PersonRef.of(ParticipantId.of("par_benchmark"));

  private final byte[] secret = new byte[32];
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private final TicketCodec codec;
  private final MACSigner signer;
  private final MACVerifier verifier;

  /** Sets up one key for both paths. */
  public JoinTicketBenchmark() {
    new SecureRandom().nextBytes(secret);
    codec = TicketCodec.hs256(secret, "openiop-loopback", clock);
    try {
      signer = new MACSigner(secret);
      verifier = new MACVerifier(secret);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Baseline: Nimbus signs the same claims, parses the token and verifies the MAC.
   *
   * @return the verified claims
   * @throws Exception never, for a correct key
   */
  @Benchmark
  public JWTClaimsSet baselineNimbusSignAndVerify() throws JOSEException, ParseException {
    Instant now = clock.instant();
    byte[] jti = new byte[16];
    random.nextBytes(jti);
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer("openiop-loopback")
            .audience(ROOM.value())
            .subject(PERSON.identity())
            .claim("role", VideoRole.PARTICIPANT.name())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(3600)))
            .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(jti))
            .build();
    SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
    jwt.sign(signer);
    SignedJWT parsed = SignedJWT.parse(jwt.serialize());
    if (!parsed.verify(verifier)) {
      throw new IllegalStateException("signature");
    }
    return parsed.getJWTClaimsSet();
  }

  /**
   * Subject: {@link TicketCodec#mint} then {@link TicketCodec#verify}, with every claim checked.
   *
   * @return the verified ticket
   * @throws TicketInvalidException never, for a fresh ticket
   */
  @Benchmark
  public VerifiedTicket ticketMintAndVerify() throws TicketInvalidException {
    String token =
        codec.mint(ROOM, PERSON, VideoRole.PARTICIPANT, clock.instant().plusSeconds(3600));
    return codec.verify(token, ROOM);
  }
}
