package org.openiop.video.livekit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.video.spi.VideoRole;

class LiveKitTokensTest {
  static final String KEY = "APIopeniopTest";
  static final String SECRET = "a-livekit-api-secret-of-at-least-32-bytes";
  final LiveKitTokens tokens =
      new LiveKitTokens(LiveKitCredentials.of(KEY, SECRET), Clock.systemUTC());

  DecodedJWT verifiedByJavaJwt(String token) {
    return JWT.require(Algorithm.HMAC256(SECRET)).withIssuer(KEY).build().verify(token);
  }

  @Test
  void javaJwtAcceptsOurTokensWithLiveKitsClaims() {
    Instant exp =
        Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    String token =
        tokens.mint("participant/par_1", VideoGrant.forRole("room-1", VideoRole.HOST, true), exp);

    DecodedJWT jwt = verifiedByJavaJwt(token);
    assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
    assertThat(jwt.getSubject()).isEqualTo("participant/par_1");
    assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(exp);
    assertThat(jwt.getNotBeforeAsInstant()).isBeforeOrEqualTo(Instant.now());
    assertThat(jwt.getClaim("video").asMap())
        .isEqualTo(
            Map.of(
                "room",
                "room-1",
                "roomJoin",
                true,
                "canPublish",
                true,
                "canSubscribe",
                true,
                "roomAdmin",
                true));
  }

  @Test
  void aWaitingParticipantJoinsHiddenAndCanNeitherPublishNorSubscribe() {
    String token =
        tokens.mint(
            "participant/par_1",
            VideoGrant.forRole("room-1", VideoRole.PARTICIPANT, false),
            Instant.now().plusSeconds(600));
    assertThat(verifiedByJavaJwt(token).getClaim("video").asMap())
        .isEqualTo(
            Map.of(
                "room",
                "room-1",
                "roomJoin",
                true,
                "canPublish",
                false,
                "canSubscribe",
                false,
                "hidden",
                true));
  }

  @Test
  void observersAreHiddenAndNeverPublish() {
    VideoGrant g = VideoGrant.forRole("r", VideoRole.OBSERVER, true);
    assertThat(g.hidden()).isTrue();
    assertThat(g.canPublish()).isFalse();
    assertThat(g.canSubscribe()).isTrue();
    assertThat(g.roomAdmin()).isFalse();
  }

  @Test
  void aTokenUnderAnotherSecretFailsJavaJwt() {
    LiveKitTokens other =
        new LiveKitTokens(LiveKitCredentials.of(KEY, SECRET + "-other"), Clock.systemUTC());
    String token =
        other.mint(
            "participant/par_1",
            VideoGrant.forRole("r", VideoRole.HOST, true),
            Instant.now().plusSeconds(60));
    assertThatThrownBy(() -> verifiedByJavaJwt(token))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void credentialsNeverPrintTheSecret() {
    assertThat(LiveKitCredentials.of(KEY, SECRET).toString()).doesNotContain(SECRET).contains(KEY);
    assertThatThrownBy(() -> LiveKitCredentials.of(KEY, "short"))
        .hasMessage("apiSecret shorter than 32 bytes");
  }
}
