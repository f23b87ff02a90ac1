package org.openiop.video.spi;

import java.time.Clock;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Makes a {@link VideoProvider} from configuration; found by {@link java.util.ServiceLoader}.
 *
 * <p>Register an implementation in {@code
 * META-INF/services/org.openiop.video.spi.VideoProviderFactory}. Implementations must be safe for
 * concurrent use and cheap to construct.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface VideoProviderFactory {
  /**
   * The name of the providers this factory makes.
   *
   * @return never {@code null}
   */
  String name();

  /**
   * Makes a provider, or returns {@code null} when the configuration is not for this factory.
   *
   * @param config provider-specific settings (URLs, key names); secrets are read only, never
   *     logged; never {@code null}
   * @param clock the clock for events and expiries; never {@code null}
   * @return the provider, or {@code null}
   * @throws org.openiop.core.InvalidInputException when the configuration is for this factory but
   *     invalid, naming the key (never the value)
   */
  @Nullable VideoProvider create(Map<String, String> config, Clock clock);
}
