package org.openiop.video.internal;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomEventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Fans room events out to listeners; a throwing listener is logged by room id and skipped. */
public final class EventHub {
  private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);

  private final CopyOnWriteArrayList<RoomEventListener> listeners = new CopyOnWriteArrayList<>();

  /**
   * Adds a listener.
   *
   * @param listener the listener
   * @return closing it removes the listener
   */
  public AutoCloseable subscribe(RoomEventListener listener) {
    Objects.requireNonNull(listener, "listener == null");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Delivers an event to every listener.
   *
   * @param event the event
   */
  public void publish(RoomEvent event) {
    for (RoomEventListener listener : listeners) {
      try {
        listener.onEvent(event);
      } catch (RuntimeException e) {
        LOG.warn(
            "room event listener failed for room {}: {}", event.room(), e.getClass().getName());
      }
    }
  }
}
