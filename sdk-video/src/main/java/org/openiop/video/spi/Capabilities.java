package org.openiop.video.spi;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What a provider does natively, what OpenIOP emulates on top of it, and what it cannot do.
 *
 * @param support how each feature is provided; features missing from the map are {@link
 *     Support#NONE}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Capabilities(Map<Feature, Support> support) {

  /** A therapy-relevant feature of a video platform. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Feature {
    /** People wait until a host admits them. */
    WAITING_ROOM,
    /** A host can mute someone else. */
    MUTE,
    /** A host can remove someone. */
    REMOVE,
    /** A host can end the room for everyone. */
    END_ROOM,
    /** The provider reports joins and leaves (natively by events, emulated by polling). */
    JOIN_LEAVE_EVENTS,
    /** The platform can record. */
    RECORDING,
    /** Media is end-to-end encrypted between clients. */
    END_TO_END_ENCRYPTION,
    /** Observers can watch without appearing in the roster. */
    HIDDEN_OBSERVERS,
    /** Join tickets are signed credentials with their own expiry. */
    SIGNED_TICKETS,
    /** The provider can list who is in a room. */
    LIST_PARTICIPANTS
  }

  /** How a feature is provided. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Support {
    /** The platform does it. */
    NATIVE,
    /** OpenIOP does it on top of the platform; the notes of the provider say how. */
    EMULATED,
    /** Not available with this provider. */
    NONE
  }

  /** Copies the map. */
  public Capabilities {
    Objects.requireNonNull(support, "support == null");
    EnumMap<Feature, Support> copy = new EnumMap<>(Feature.class);
    copy.putAll(support);
    support = Map.copyOf(copy);
  }

  /**
   * How the feature is provided.
   *
   * @param feature never {@code null}
   * @return {@link Support#NONE} when absent
   */
  public Support of(Feature feature) {
    Objects.requireNonNull(feature, "feature == null");
    return support.getOrDefault(feature, Support.NONE);
  }

  /**
   * Whether the feature is available at all, natively or emulated.
   *
   * @param feature never {@code null}
   * @return true unless {@link Support#NONE}
   */
  public boolean has(Feature feature) {
    return of(feature) != Support.NONE;
  }
}
