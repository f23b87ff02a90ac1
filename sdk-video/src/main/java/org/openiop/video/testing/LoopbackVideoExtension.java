package org.openiop.video.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openiop.video.loopback.LoopbackVideoProvider;
import org.openiop.video.spi.RoomId;

/**
 * A JUnit 5 extension that injects a {@link LoopbackVideoProvider} and its {@link MutableClock}
 * into test methods and fails any test that leaves a room open.
 *
 * <pre>{@code
 * @ExtendWith(LoopbackVideoExtension.class)
 * class SessionTest {
 *   @Test
 *   void admitsFromTheWaitingRoom(LoopbackVideoProvider video, MutableClock clock) { ... }
 * }
 * }</pre>
 *
 * <p>The clock starts at {@link #START}. One provider per test method.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LoopbackVideoExtension implements ParameterResolver, AfterEachCallback {
  /** Where each test's clock starts. */
  public static final Instant START = Instant.parse("2026-01-05T17:00:00Z");

  private static final ExtensionContext.Namespace NS =
      ExtensionContext.Namespace.create(LoopbackVideoExtension.class);

  /** Creates the extension; JUnit calls this. */
  public LoopbackVideoExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == LoopbackVideoProvider.class || type == MutableClock.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
      throws ParameterResolutionException {
    ExtensionContext.Store store = context.getStore(NS);
    MutableClock clock =
        store.getOrComputeIfAbsent("clock", k -> MutableClock.at(START), MutableClock.class);
    LoopbackVideoProvider provider =
        store.getOrComputeIfAbsent(
            "provider",
            k -> LoopbackVideoProvider.builder().clock(clock).build(),
            LoopbackVideoProvider.class);
    return parameter.getParameter().getType() == MutableClock.class ? clock : provider;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LoopbackVideoProvider provider =
        context.getStore(NS).get("provider", LoopbackVideoProvider.class);
    if (provider == null) {
      return;
    }
    List<RoomId> open = new ArrayList<>(provider.openRooms());
    provider.close();
    if (!open.isEmpty()) {
      throw new AssertionError("test left video rooms open (end them with endRoom): " + open);
    }
  }
}
