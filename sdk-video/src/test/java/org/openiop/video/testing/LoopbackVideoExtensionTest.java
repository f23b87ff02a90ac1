package org.openiop.video.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.openiop.core.SessionId;
import org.openiop.video.loopback.LoopbackVideoProvider;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoRoom;

class LoopbackVideoExtensionTest {
  static volatile boolean fromKit;

  /** Runs only through the engine test kit below. */
  @ExtendWith(LoopbackVideoExtension.class)
  @EnabledIf("org.openiop.video.testing.LoopbackVideoExtensionTest#fromKit")
  static class Sample {
    @Test
    void leavesARoomOpen(LoopbackVideoProvider video, MutableClock clock) {
      video.createRoom(
          RoomSpec.builder(SessionId.of("ses_leak"), clock.instant().plusSeconds(60)).build());
    }

    @Test
    void endsItsRoom(LoopbackVideoProvider video, MutableClock clock) throws Exception {
      clock.advance(Duration.ofMinutes(1));
      assertThat(clock.instant()).isEqualTo(LoopbackVideoExtension.START.plusSeconds(60));
      VideoRoom room =
          video.createRoom(
              RoomSpec.builder(SessionId.of("ses_ok"), clock.instant().plusSeconds(60)).build());
      video.endRoom(room.id());
    }
  }

  static boolean fromKit() {
    return fromKit;
  }

  @Test
  void aTestThatLeavesARoomOpenFailsAndOneThatEndsItPasses() {
    fromKit = true;
    List<Event> failed;
    try {
      failed = run();
    } finally {
      fromKit = false;
    }
    assertThat(failed.get(0).getTestDescriptor().getDisplayName()).startsWith("leavesARoomOpen");
    assertThat(
            failed
                .get(0)
                .getPayload(org.junit.platform.engine.TestExecutionResult.class)
                .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                .map(Throwable::getMessage))
        .contains("test left video rooms open (end them with endRoom): [loop-1]");
  }

  private static List<Event> run() {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(Sample.class))
        .execute()
        .testEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(1).failed(1))
        .failed()
        .list();
  }
}
