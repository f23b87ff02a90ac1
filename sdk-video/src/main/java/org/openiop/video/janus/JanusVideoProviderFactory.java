package org.openiop.video.janus;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoProviderFactory;

/**
 * Makes {@link JanusVideoProvider}s from the keys {@code url}, {@code roomAdminKey} and optional
 * {@code tokenSecret}; registered for {@link java.util.ServiceLoader}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JanusVideoProviderFactory implements VideoProviderFactory {
  /** Creates the factory; {@link java.util.ServiceLoader} calls this. */
  public JanusVideoProviderFactory() {}

  @Override
  public String name() {
    return JanusVideoProvider.NAME;
  }

  @Override
  public @Nullable VideoProvider create(Map<String, String> config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    String url = config.get("url");
    String key = config.get("roomAdminKey");
    if (url == null) {
      throw InvalidInputException.of("url", "required");
    }
    if (key == null) {
      throw InvalidInputException.of("roomAdminKey", "required");
    }
    JanusVideoProvider.Builder builder =
        JanusVideoProvider.builder().baseUrl(url).roomAdminKey(key).clock(clock);
    String tokenSecret = config.get("tokenSecret");
    if (tokenSecret != null) {
      builder.tokenSecret(tokenSecret);
    }
    return builder.build();
  }
}
