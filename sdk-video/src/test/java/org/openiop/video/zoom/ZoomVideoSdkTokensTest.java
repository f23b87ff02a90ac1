package org.openiop.video.zoom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.VideoRole;

class ZoomVideoSdkTokensTest {
  static final String SECRET = "a-zoom-video-sdk-secret-of-32-bytes!";
  final Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  final ZoomVideoSdkTokens tokens =
      new ZoomVideoSdkTokens("sdk-key", SECRET, Clock.fixed(now, ZoneOffset.UTC));

  @Test
  void tokensCarryZoomsClaimsAsNumbersAndJavaJwtAcceptsThem() {
    String token =
        tokens.mint(
            "ses_1 group",
            PersonRef.of(ClinicianId.of("cli_1")),
            VideoRole.HOST,
            Duration.ofHours(2));
    DecodedJWT jwt = JWT.require(Algorithm.HMAC256(SECRET)).build().verify(token);
    assertThat(jwt.getAlgorithm()).isEqualTo("HS256");
    assertThat(jwt.getType()).isEqualTo("JWT");
    assertThat(jwt.getClaim("app_key").asString()).isEqualTo("sdk-key");
    assertThat(jwt.getClaim("tpc").asString()).isEqualTo("ses_1 group");
    assertThat(jwt.getClaim("role_type").asInt()).isEqualTo(1);
    assertThat(jwt.getClaim("version").asInt()).isEqualTo(1);
    assertThat(jwt.getClaim("user_identity").asString()).isEqualTo("clinician/cli_1");
    assertThat(jwt.getIssuedAtAsInstant()).isEqualTo(now);
    assertThat(jwt.getExpiresAtAsInstant()).isEqualTo(now.plus(Duration.ofHours(2)));
    String participant =
        tokens.mint(
            "ses_1 group",
            PersonRef.of(ParticipantId.of("par_1")),
            VideoRole.OBSERVER,
            Duration.ofHours(2));
    assertThat(JWT.decode(participant).getClaim("role_type").asInt()).isZero();
  }

  @Test
  void zoomsLimitsAreEnforcedBeforeSigning() {
    PersonRef ana = PersonRef.of(ParticipantId.of("par_ana"));
    assertThatThrownBy(() -> tokens.mint("s", ana, VideoRole.PARTICIPANT, Duration.ofMinutes(29)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: lifetime: must be between PT30M and PT48H");
    assertThatThrownBy(() -> tokens.mint("s", ana, VideoRole.PARTICIPANT, Duration.ofHours(49)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> tokens.mint("x".repeat(201), ana, VideoRole.PARTICIPANT, Duration.ofHours(1)))
        .hasMessage("invalid input: sessionName: must be 1-200 characters");
    PersonRef longId = PersonRef.of(ParticipantId.of("par_" + "a".repeat(30)));
    assertThatThrownBy(() -> tokens.mint("s", longId, VideoRole.PARTICIPANT, Duration.ofHours(1)))
        .hasMessage("invalid input: person: identity longer than Zoom's 35 characters");
  }
}
