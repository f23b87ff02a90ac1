package org.openiop.video.jitsi;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.VideoRole;

class JitsiTokensTest {
  static final String SECRET = "a-jitsi-app-secret-of-at-least-32-bytes";
  static final PersonRef HOST = PersonRef.of(ClinicianId.of("cli_1"));
  static final PersonRef ANA = PersonRef.of(ParticipantId.of("par_ana"));

  @Test
  void selfHostedTokensCarryProsodyClaimsAndMakeOnlyHostsModerators() {
    JitsiTokens tokens =
        JitsiTokens.selfHosted("openiop", SECRET, "meet.example.org", Clock.systemUTC());
    Instant exp = Instant.now().plusSeconds(3600);
    DecodedJWT host =
        JWT.require(Algorithm.HMAC256(SECRET))
            .withIssuer("openiop")
            .withAudience("jitsi")
            .withSubject("meet.example.org")
            .withClaim("room", "group-1")
            .build()
            .verify(tokens.mint("group-1", HOST, VideoRole.HOST, false, exp));
    assertThat(host.getClaim("context").asMap().get("user"))
        .isEqualTo(
            Map.of(
                "id", "clinician/cli_1",
                "name", "clinician/cli_1",
                "moderator", true,
                "affiliation", "owner",
                "lobby_bypass", true));
    DecodedJWT ana = JWT.decode(tokens.mint("group-1", ANA, VideoRole.PARTICIPANT, false, exp));
    assertThat(ana.getClaim("context").asMap().get("user"))
        .isEqualTo(
            Map.of("id", "participant/par_ana", "name", "participant/par_ana", "moderator", false));
  }

  @Test
  void jaasTokensAreRs256WithTheKidAndGateRecordingOnConsentAndHost() throws Exception {
    KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
    gen.initialize(2048);
    KeyPair pair = gen.generateKeyPair();
    String appId = "vpaas-magic-cookie-0123456789abcdef";
    JitsiTokens tokens =
        JitsiTokens.jaas(appId, "4f4910", (RSAPrivateKey) pair.getPrivate(), Clock.systemUTC());
    Instant exp = Instant.now().plusSeconds(3600);

    DecodedJWT host =
        JWT.require(Algorithm.RSA256((RSAPublicKey) pair.getPublic(), null))
            .withIssuer("chat")
            .withAudience("jitsi")
            .withSubject(appId)
            .build()
            .verify(tokens.mint("group-1", HOST, VideoRole.HOST, true, exp));
    assertThat(host.getKeyId()).isEqualTo(appId + "/4f4910");
    Map<String, Object> context = host.getClaim("context").asMap();
    assertThat(context.get("user"))
        .isEqualTo(Map.of("id", "clinician/cli_1", "name", "clinician/cli_1", "moderator", "true"));
    assertThat(context.get("features"))
        .isEqualTo(
            Map.of(
                "livestreaming",
                "false",
                "recording",
                "true",
                "transcription",
                "false",
                "outbound-call",
                "false"));

    Map<String, Object> ana =
        JWT.decode(tokens.mint("group-1", ANA, VideoRole.PARTICIPANT, true, exp))
            .getClaim("context")
            .asMap();
    assertThat(ana.get("features"))
        .isEqualTo(
            Map.of(
                "livestreaming",
                "false",
                "recording",
                "false",
                "transcription",
                "false",
                "outbound-call",
                "false"));
    Map<String, Object> noConsent =
        JWT.decode(tokens.mint("group-1", HOST, VideoRole.HOST, false, exp))
            .getClaim("context")
            .asMap();
    assertThat(noConsent.get("features"))
        .isEqualTo(
            Map.of(
                "livestreaming",
                "false",
                "recording",
                "false",
                "transcription",
                "false",
                "outbound-call",
                "false"));
  }
}
