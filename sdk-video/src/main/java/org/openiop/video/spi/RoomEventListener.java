package org.openiop.video.spi;

import org.apiguardian.api.API;

/**
 * Receives room events from a provider.
 *
 * <p>Callbacks must execute fast and must not throw; a provider catches and logs (by room id only)
 * whatever a listener throws and carries on. They may be called from any thread, including the
 * thread that triggered the event, so implementations must be safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface RoomEventListener {
  /** A listener that ignores every event. */
  RoomEventListener NONE = event -> {};

  /**
   * Called once per event, in the order the provider observed them for each room.
   *
   * @param event never {@code null}
   */
  void onEvent(RoomEvent event);
}
