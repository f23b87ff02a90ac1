package org.openiop.examples.customprovider;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.openiop.core.InvalidInputException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoProviderFactory;

/**
 * Makes {@link PhoneBridgeVideoProvider}s from configuration, so a host can choose the provider by
 * name ({@code phone-bridge}) like the built-in ones.
 *
 * <p>Register it explicitly with {@code VideoProviders.builder().register(new
 * PhoneBridgeProviderFactory())}, or list it in {@code
 * META-INF/services/org.openiop.video.spi.VideoProviderFactory} to be found by {@code
 * loadServices()}. Stateless and thread-safe.
 */
public final class PhoneBridgeProviderFactory implements VideoProviderFactory {
  /** The configuration key of the number callers dial. */
  public static final String DIAL_IN_NUMBER = "dialInNumber";

  /** Creates the factory. */
  public PhoneBridgeProviderFactory() {}

  @Override
  public String name() {
    return PhoneBridgeVideoProvider.NAME;
  }

  @Override
  public VideoProvider create(Map<String, String> config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    String number = config.get(DIAL_IN_NUMBER);
    if (number == null || number.isBlank()) {
      throw InvalidInputException.of(DIAL_IN_NUMBER, "is required");
    }
    return new PhoneBridgeVideoProvider(clock, number);
  }
}
