package org.openiop.video.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoRoleTest {
  @Test
  void onlyTheHostModeratesAndObserversNeverPublish() {
    assertThat(VideoRole.HOST.moderates()).isTrue();
    assertThat(VideoRole.PARTICIPANT.moderates()).isFalse();
    assertThat(VideoRole.OBSERVER.moderates()).isFalse();
    assertThat(VideoRole.OBSERVER.publishes()).isFalse();
    assertThat(VideoRole.PARTICIPANT.publishes()).isTrue();
  }
}
