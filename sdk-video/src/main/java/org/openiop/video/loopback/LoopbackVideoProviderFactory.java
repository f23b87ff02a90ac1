package org.openiop.video.loopback;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoProviderFactory;

/**
 * Makes {@link LoopbackVideoProvider}s; registered for {@link java.util.ServiceLoader}. Takes no
 * configuration.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class LoopbackVideoProviderFactory implements VideoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public LoopbackVideoProviderFactory() {}

  @Override
  public String name() {
    return LoopbackVideoProvider.NAME;
  }

  @Override
  public VideoProvider create(Map<String, String> config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    return LoopbackVideoProvider.builder().clock(clock).build();
  }
}
