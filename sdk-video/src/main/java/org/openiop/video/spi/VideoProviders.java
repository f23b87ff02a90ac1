package org.openiop.video.spi;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An immutable registry of video provider factories, registered on the builder or found with {@link
 * ServiceLoader}.
 *
 * <pre>{@code
 * VideoProviders providers = VideoProviders.builder().loadServices().build();
 * try (VideoProvider video = providers.create("loopback", Map.of(), Clock.systemUTC())) {
 *   VideoRoom room = video.createRoom(RoomSpec.builder(sessionId, end).build());
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class VideoProviders {
  private final Map<String, VideoProviderFactory> factories;

  private VideoProviders(Map<String, VideoProviderFactory> factories) {
    this.factories = Map.copyOf(factories);
  }

  /**
   * Starts an empty registry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The registered names.
   *
   * @return never {@code null}
   */
  public Set<String> names() {
    return factories.keySet();
  }

  /**
   * The factory registered under a name.
   *
   * @param name never {@code null}
   * @return the factory, or empty
   */
  public Optional<VideoProviderFactory> factory(String name) {
    Objects.requireNonNull(name, "name == null");
    return Optional.ofNullable(factories.get(name));
  }

  /**
   * Makes a provider by name.
   *
   * @param name the provider's name; never {@code null}
   * @param config its settings; never {@code null}
   * @param clock the clock; never {@code null}
   * @return the provider
   * @throws IllegalArgumentException when no factory has that name or it declined the config
   */
  public VideoProvider create(String name, Map<String, String> config, Clock clock) {
    Objects.requireNonNull(config, "config == null");
    Objects.requireNonNull(clock, "clock == null");
    VideoProviderFactory factory =
        factory(name)
            .orElseThrow(() -> new IllegalArgumentException("no video provider named " + name));
    VideoProvider provider = factory.create(config, clock);
    if (provider == null) {
      throw new IllegalArgumentException("video provider " + name + " declined the config");
    }
    return provider;
  }

  /** Builds a {@link VideoProviders}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final Map<String, VideoProviderFactory> factories = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a factory; a later registration under the same name wins.
     *
     * @param factory never {@code null}
     * @return this
     */
    public Builder register(VideoProviderFactory factory) {
      Objects.requireNonNull(factory, "factory == null");
      factories.put(Objects.requireNonNull(factory.name(), "factory.name() == null"), factory);
      return this;
    }

    /**
     * Adds every factory {@link ServiceLoader} finds on the class path of this class's loader,
     * keeping explicitly registered ones.
     *
     * @return this
     */
    public Builder loadServices() {
      for (VideoProviderFactory factory :
          ServiceLoader.load(VideoProviderFactory.class, VideoProviders.class.getClassLoader())) {
        factories.putIfAbsent(factory.name(), factory);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return never {@code null}
     */
    public VideoProviders build() {
      return new VideoProviders(factories);
    }
  }
}
